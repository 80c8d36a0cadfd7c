import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import type { NormalisedArticle } from '../../functions/core/article.ts';
import { normaliseArticle } from '../../functions/core/normalise/normalise.ts';

// One hand-made page per failure class of the HTML extractor (test/fixtures/extraction/README.md).
const detector = new ArticleLanguageDetector();
const UPLOADED = new Date('2026-04-05T09:00:00Z');

function page(name: string): Uint8Array {
  return readFileSync(new URL(`../fixtures/extraction/${name}`, import.meta.url));
}

function normalise(name: string): Promise<NormalisedArticle> {
  return normaliseArticle(
    { bytes: page(name), key: name, contentType: 'text/html', receivedAt: UPLOADED },
    { detector },
  );
}

describe('HTML extraction', () => {
  it('never deletes words from a sentence, whatever the class of their link', async () => {
    const { body } = await normalise('inline-tag-links.html');
    expect(body).toContain(
      'The Harbour Lights will unite with former frontman Samuel Okafor for a single evening at the River Festival',
    );
    expect(body).toContain("a children's stage and a lantern boat parade on the river");
  });

  it('keeps paragraphs a site marks as behind its paywall or as the teaser of the story', async () => {
    const { body } = await normalise('inline-tag-links.html');
    expect(body).toContain('The band last played together in Millbrook nine years ago');
    expect(body).toMatch(/^The Harbour Lights will unite/);
    expect(body.split('\n\n')).toHaveLength(4);
  });

  it('still drops a block of tag links after the article', async () => {
    const { body } = await normalise('inline-tag-links.html');
    expect(body).not.toMatch(/Tags:|Festival Millbrook/);
  });

  it('reads a page whose body is wrapped in one form', async () => {
    const article = await normalise('page-wrapping-form.html');
    expect(article.title).toBe('Harbour dredging to start in spring');
    expect(article.body.split('\n\n')).toHaveLength(4);
    expect(article.body).toMatch(/^Dredging of the inner harbour at Eastport will begin in April/);
    expect(article.body).not.toMatch(/Search|About us|Business/);
  });

  it('keeps a short post rather than trading it for its longer comment thread', async () => {
    const { body } = await normalise('short-post-comments.html');
    expect(body).toBe(
      [
        'From the first Sunday in May, the Northfield library will open from ten until four, the council confirmed at its meeting on Wednesday.',
        "Volunteers from the reading circle will staff the front desk, and the children's corner will hold a story hour at eleven.",
      ].join('\n\n'),
    );
  });

  it('drops related stories by their shape, in a language no word list names', async () => {
    const { body } = await normalise('related-blocks.html');
    expect(body.split('\n\n')).toHaveLength(4);
    expect(body).toMatch(/capital\.$/);
    // A heading followed by a list of links, teaser cards marked up as <article>, a share line.
    expect(body).not.toMatch(/Más noticias|almendros|mercado medieval|biblioteca|WhatsApp/);
  });

  it('keeps captions, polls, error reports, video lists and more news out of the article', async () => {
    const article = await normalise('oversized-winner.html');
    expect(article.body.split('\n\n')).toHaveLength(4);
    expect(article.body).not.toMatch(/Photo:|Report Error|Top Video|Watch:|More news|choir/);
    // A poll inside the story: its question and choices are not the article's sentences.
    expect(article.body).not.toMatch(/How often|Every day|Hardly ever/);
    expect(article.credits).toContain('Lena Morris');
  });

  it('keeps every section of an article split between teaser boxes', async () => {
    const { body } = await normalise('split-sections.html');
    expect(body).toContain('Die Stadt Lindenau baut bis zum Herbst vier neue Radwege');
    expect(body).toContain('Weniger Autos vor der Schule');
    expect(body).toContain('Anwohner können sich am kommenden Dienstag im Rathaus');
    expect(body).not.toMatch(/Auch interessant|Buslinie|Parkgebühren/);
  });

  it("keeps the page's own story, not the next one an endless page loaded below it", async () => {
    const { body } = await normalise('endless-scroll.html');
    expect(body).toMatch(/^Fergen mellom Vestvik og Holmøya er tilbake i rute/);
    expect(body).toMatch(/uten bilforbindelse\.$/);
    expect(body).not.toMatch(/gymsal|Kommunestyret/);
  });

  it("keeps the standfirst; sets a long consent notice and the author's biography aside", async () => {
    const { body } = await normalise('standfirst-and-consent.html');
    expect(body).toMatch(/^Traders and shoppers packed the town hall on Tuesday/);
    expect(body).toMatch(/celebrate with her customers on Saturday\.$/);
    expect(body).not.toMatch(/privacy|cookies|consent|Local politics|Stand:|Tom Baker|author/i);
  });

  it('takes the agency from a wire dateline, never the country after it', async () => {
    const article = await normalise('wire-dateline.html');
    expect(article.source).toBe('Reuters');
    expect(article.publishedAt).toBe('2026-03-04');
    expect(article.body).toMatch(/^U\.S\. wheat futures fell for a third day on Monday/);
  });

  it('reads an article a page streams into a hidden block, and leaves out what no reader sees', async () => {
    const article = await normalise('streamed-hidden.html');
    expect(article.body.split('\n\n')).toHaveLength(4);
    expect(article.body).toMatch(/^From the first of October, a night train will again run/);
    expect(article.body).toContain('sold at half the usual fare.');
    expect(article.body).toMatch(/depending on how many seats are sold\.$/);
    expect(article.body).not.toMatch(
      /opens new tab|place guide|subscribers|Subscribe|ePaper|saved articles/,
    );
    expect(article.body).toContain('Hoteliers in Highmoor, who have asked');
  });

  it('sets aside boxes that ask the reader to act: a sign-up field, a consent toggle, an offer', async () => {
    const { body } = await normalise('prompt-boxes.html');
    expect(body.split('\n\n')).toHaveLength(4);
    expect(body).toMatch(/^Der Zweckverband Lindsee hat am Mittwoch eine neue Fähre/);
    expect(body).toMatch(/um die Anleger umzubauen\.$/);
    expect(body).not.toMatch(
      /Empfohlener|einverstanden|Der Morgen am See|Postfach|Seebote am Abend|unterstützen|Euro im ersten Monat/,
    );
  });

  it('leaves out the captions of pictures however they are marked up, keeping their credits', async () => {
    const article = await normalise('picture-captions.html');
    expect(article.body.split('\n\n')).toHaveLength(4);
    expect(article.body).toMatch(/^Volunteers have replanted forty apple trees/);
    expect(article.body).toMatch(/juice from the oldest trees to pay for their care\.$/);
    expect(article.body).not.toMatch(/chapel behind them|greenhouse|cider press/);
    // The date line above the text is not the article's either.
    expect(article.body).not.toMatch(/Published|min read/);
    expect(article.credits).toContain('Ada Quill');
  });

  it('brings back the sections Readability left out, written with the markup of those it kept', async () => {
    const { body } = await normalise('sectioned-story.html');
    expect(body).toMatch(/^I have lived in Bayside for forty years/);
    expect(body).toContain('Too much traffic\n\nThe festival was lovely, but the traffic was not.');
    expect(body).toContain('close the harbour road to cars for both days.');
    expect(body).toMatch(
      /Bring back the regatta\n\nNow that the festival has shown what the harbour can do/,
    );
    expect(body).not.toMatch(/More from Opinion|bypass|Advertisement/);
  });

  it('reads the article a page rendered by its scripts carries as data', async () => {
    const article = await normalise('script-rendered.html');
    expect(article.body.split('\n\n')).toHaveLength(4);
    expect(article.body).toMatch(/^The county council voted on Tuesday to keep the Millbrook/);
    expect(article.body).toMatch(/which the council had left out of its plans\.$/);
    expect(article.body).not.toMatch(/summer evening|Library hours/);
  });

  it("drops label-and-link lines, an embedded post and the author's box, and keeps a sentence that runs into a long link", async () => {
    const { body } = await normalise('link-lines.html');
    expect(body).toContain(
      'It also runs the night ferry and the winter bus service to the outer isles.',
    );
    expect(body).toContain('islanders will keep their discount cards.');
    expect(body).not.toMatch(/Read more|a year early\n|Our Standards|Trust Principles/);
    // An embedded post is another author's text in a widget, not the article's.
    expect(body).not.toMatch(/Big news for Stronsay|stronsayyouth/);
    // Nor is the box about its author.
    expect(body).not.toMatch(/Islands correspondent|covers the northern isles/);
  });
});

describe('HTML extraction with a declared article body', () => {
  it('drops prose boxes after the article when the page declares where its article ends', async () => {
    const { body } = await normalise('declared-body-tail.html');
    expect(body).toMatch(/^The harbour board met on Monday evening/);
    expect(body).toMatch(/where the winter tides took much of the dunes away last year\.$/);
    expect(body).not.toMatch(/monthly contribution|Remarks under our stories/);
  });
});

describe('HTML extraction of call-to-action boxes', () => {
  it('drops donation and call-to-action boxes named so in their markup, in any language', async () => {
    const { body } = await normalise('call-to-action.html');
    expect(body).toMatch(/^A nova ponte pedonal sobre o rio/);
    expect(body).toMatch(/passa de vinte e cinco minutos para menos de cinco\.$/);
    expect(body).not.toMatch(/Fique informado|Apoie o Jornal|contribuição/);
  });
});

describe('HTML extraction of what an inline style hides', () => {
  it('drops what `display: none` or `visibility: hidden` hides, `!important` or not', async () => {
    const { body } = await normalise('inline-hidden.html');
    expect(body).toMatch(/^Die neue Fähre zwischen den beiden Ufern/);
    expect(body).toMatch(/weniger Ausflügler unterwegs sind\.$/);
    expect(body).not.toMatch(/Forum|anderen Gerät/);
  });

  it('keeps an article the page hides until its script shows it', async () => {
    const { body } = await normalise('inline-hidden-story.html');
    expect(body).toMatch(/^The clock on the town hall tower is ticking again/);
    expect(body).toMatch(/new bell rope before the summer fair\.$/);
  });
});

describe('HTML extraction of a consent toggle built from a hidden checkbox', () => {
  it('drops the box of a visually hidden checkbox and its label, as a prompt', async () => {
    const { body } = await normalise('hidden-toggle.html');
    expect(body).toMatch(/^Die Stadtbibliothek öffnet ab Mai auch sonntags/);
    expect(body).toMatch(/trägt zur Hälfte der Förderverein der Bibliothek\.$/);
    expect(body).not.toMatch(/externer Inhalt|einverstanden|Inhalt laden/);
  });
});
