import { describe, expect, it } from 'vitest';
import { keepDeclaredBody } from '../../functions/core/normalise/formats/html-declared-body.ts';

// The page's declared `articleBody` as a witness of where the article ends.
const ARTICLE = [
  'The harbour board met on Monday evening and agreed to dredge the inner basin before the autumn storms arrive.',
  'Work starts in the spring and lasts six weeks, the chair of the board told a crowded meeting at the town hall.',
  'Fishing crews had asked for the work for three years, saying their boats touched the bottom at low tide every week.',
  'The council will pay half of the cost, and the rest comes from the harbour dues that every visiting yacht pays.',
  'A boatbuilder who has worked on the quay for forty years said he had never seen the basin so shallow in summer.',
  'The dredged sand will be carried to the north beach, where the winter tides took much of the dunes away last year.',
  'The board will meet again in June to choose the contractor from the four firms that have offered to do the work.',
];
const DECLARED = ARTICLE.join(' ');
const TAIL = [
  'Support local journalism: become a member today for less than a coffee a month.',
  'Our morning briefing lands in your inbox at seven, with the stories of the coast.',
];

describe('trimming the tail after the article the page declares', () => {
  it('drops the paragraphs after the last one the declared body holds', () => {
    const text = [...ARTICLE, ...TAIL].join('\n\n');
    expect(keepDeclaredBody(text, DECLARED)).toBe(ARTICLE.join('\n\n'));
  });

  it('reads a declared body written as HTML, escaped once more', () => {
    const text = [...ARTICLE, ...TAIL].join('\n\n');
    const escaped = ARTICLE.map((p) => `&lt;p&gt;${p.replace(/'/g, '&#39;')}&lt;/p&gt;`).join('');
    expect(keepDeclaredBody(text, escaped)).toBe(ARTICLE.join('\n\n'));
  });

  it('keeps everything when the declared body is cut short (a paywall), so its end is not ours', () => {
    const text = [...ARTICLE, ...TAIL].join('\n\n');
    const cut = `${ARTICLE.slice(0, 6).join(' ')} Subscribers can read the rest of this story in our app.`;
    expect(keepDeclaredBody(text, cut)).toBe(text);
  });

  it('keeps a long tail (the rest of an article whose declared body was cut at a paragraph); a short one goes', () => {
    const text = ARTICLE.join('\n\n');
    expect(keepDeclaredBody(text, ARTICLE.slice(0, 5).join(' '))).toBe(
      ARTICLE.slice(0, 5).join('\n\n'),
    );
    expect(keepDeclaredBody(text, ARTICLE.slice(0, 4).join(' '))).toBe(text);
  });

  it('keeps paragraphs before and inside the text that the declared body leaves out', () => {
    const standfirst =
      'Six weeks of work, paid for by the council and the yachts that visit the harbour.';
    const inner =
      'Divers who checked the harbour wall in March found it sound, so no repairs are planned this year.';
    const text = [standfirst, ...ARTICLE.slice(0, 3), inner, ...ARTICLE.slice(3)].join('\n\n');
    expect(keepDeclaredBody(text, DECLARED)).toBe(text);
  });

  it('keeps everything when the declared body is another text (a summary, another story)', () => {
    const text = [...ARTICLE, ...TAIL].join('\n\n');
    const summary =
      'The board agreed to dredge the basin. Work starts in spring. The council pays half. Crews are pleased with the plan and the dates, and the mayor welcomed it on the radio on Tuesday morning.';
    expect(keepDeclaredBody(text, summary)).toBe(text);
    expect(keepDeclaredBody(text, null)).toBe(text);
  });

  it('does not judge by a declared body over four times as long as our text (bounded work)', () => {
    const text = [...ARTICLE, ...TAIL].join('\n\n');
    expect(keepDeclaredBody(text, Array(6).fill(DECLARED).join(' '))).toBe(text);
    expect(keepDeclaredBody(text, Array(3).fill(DECLARED).join(' '))).toBe(ARTICLE.join('\n\n'));
  });

  it('keeps everything when the declared body is too short to judge by', () => {
    const text = [...ARTICLE, ...TAIL].join('\n\n');
    expect(keepDeclaredBody(text, ARTICLE[6] ?? '')).toBe(text);
  });

  it('judges scripts without spaces between words by their characters', () => {
    const article = [
      '港湾委員会は月曜日の夜に会合を開き、秋の嵐が来る前に内港の浚渫を行うことで合意した。',
      '工事は春に始まり六週間続くと委員長は市役所での会合で述べた。漁業者は三年前から工事を求めていた。',
    ];
    const tail = ['会員登録で毎朝のニュースレターをお届けします。今すぐ登録してください。'];
    expect(keepDeclaredBody([...article, ...tail].join('\n\n'), article.join(''))).toBe(
      article.join('\n\n'),
    );
  });
});
