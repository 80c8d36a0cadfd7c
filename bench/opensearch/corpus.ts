import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import type { Article } from '../../functions/core/article.ts';
import { articleId } from '../../functions/core/article-id.ts';
import { normaliseArticle } from '../../functions/core/normalise/normalise.ts';

/**
 * A corpus both indices can be given, the same bytes normalised the same way: the five seeds
 * and generated news items in Russian, English and Kazakh about six people (Russian surnames in
 * every case, Kazakh spellings, English transliterations), five cities, five agencies and dates
 * through 2025. Deterministic: the same seed gives the same corpus.
 */

const SEEDS_DIR = new URL('../../seeds/', import.meta.url).pathname;
const BUCKET = 'articles';

/** Mulberry32: small, fast, and the same sequence everywhere. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Person {
  en: string;
  kk: string;
  kkGen: string;
  female: boolean;
  /** nominative, genitive, dative, instrumental, prepositional */
  ru: [string, string, string, string, string];
}

const PEOPLE: Person[] = [
  {
    en: 'Yermek Kosherbayev',
    kk: 'Ермек Көшербаев',
    kkGen: 'Ермек Көшербаевтың',
    female: false,
    ru: [
      'Ермек Кошербаев',
      'Ермека Кошербаева',
      'Ермеку Кошербаеву',
      'Ермеком Кошербаевым',
      'Ермеке Кошербаеве',
    ],
  },
  {
    en: 'Assel Zhanabayeva',
    kk: 'Әсел Жанабаева',
    kkGen: 'Әсел Жанабаеваның',
    female: true,
    ru: [
      'Асель Жанабаева',
      'Асель Жанабаевой',
      'Асель Жанабаевой',
      'Асель Жанабаевой',
      'Асель Жанабаевой',
    ],
  },
  {
    en: 'Dmitry Sokolov',
    kk: 'Дмитрий Соколов',
    kkGen: 'Дмитрий Соколовтың',
    female: false,
    ru: [
      'Дмитрий Соколов',
      'Дмитрия Соколова',
      'Дмитрию Соколову',
      'Дмитрием Соколовым',
      'Дмитрии Соколове',
    ],
  },
  {
    en: 'Marat Tokhtarov',
    kk: 'Марат Тоқтаров',
    kkGen: 'Марат Тоқтаровтың',
    female: false,
    ru: [
      'Марат Тохтаров',
      'Марата Тохтарова',
      'Марату Тохтарову',
      'Маратом Тохтаровым',
      'Марате Тохтарове',
    ],
  },
  {
    en: 'Sergei Lavrinenko',
    kk: 'Сергей Лавриненко',
    kkGen: 'Сергей Лавриненконың',
    female: false,
    ru: [
      'Сергей Лавриненко',
      'Сергея Лавриненко',
      'Сергею Лавриненко',
      'Сергеем Лавриненко',
      'Сергее Лавриненко',
    ],
  },
  {
    en: 'Aigerim Suleimenova',
    kk: 'Айгерім Сүлейменова',
    kkGen: 'Айгерім Сүлейменованың',
    female: true,
    ru: [
      'Айгерим Сулейменова',
      'Айгерим Сулейменовой',
      'Айгерим Сулейменовой',
      'Айгерим Сулейменовой',
      'Айгерим Сулейменовой',
    ],
  },
];

const PLACES = [
  { en: 'Astana', ru: 'Астана', ruPre: 'Астане', kk: 'Астана' },
  { en: 'Almaty', ru: 'Алматы', ruPre: 'Алматы', kk: 'Алматы' },
  { en: 'Shymkent', ru: 'Шымкент', ruPre: 'Шымкенте', kk: 'Шымкент' },
  { en: 'Aktau', ru: 'Актау', ruPre: 'Актау', kk: 'Ақтау' },
  { en: 'Karaganda', ru: 'Караганда', ruPre: 'Караганде', kk: 'Қарағанды' },
];

const SOURCES = ['Kazinform', 'Tengrinews', 'The Astana Times', 'KazTAG', 'Reuters'];

type Slots = { person: Person; other: Person; place: (typeof PLACES)[number]; n: number };

const RU: ((s: Slots) => string)[] = [
  (s) =>
    `В ${s.place.ruPre} ${s.person.ru[0]} ${s.person.female ? 'встретилась' : 'встретился'} с иностранными инвесторами.`,
  () => 'Стороны обсудили вопросы торгово-экономического сотрудничества и транспортной логистики.',
  (s) =>
    `${s.person.ru[0]} ${s.person.female ? 'сообщила' : 'сообщил'}, что в этом году будут запущены ${s.n} новых проектов.`,
  (s) => `По данным министерства, в регион привлечено ${s.n} миллиардов тенге инвестиций.`,
  (s) =>
    `На встрече с ${s.other.ru[3]} также обсуждались изменения в образовании и здравоохранении.`,
  (s) =>
    `По словам ${s.person.ru[1]}, инициатива будет способствовать экономическому росту страны.`,
  (s) =>
    `Соглашение между Казахстаном и партнёрами подписано в ${s.place.ruPre} при участии ${s.other.ru[1]}.`,
  () => 'Аналитики ожидают, что новый железнодорожный коридор сократит сроки доставки на треть.',
  (s) => `Письмо ${s.other.ru[2]} направили ещё в прошлом месяце, сообщает пресс-служба.`,
  () => 'Эксперты отмечают рост спроса на зерно и удобрения в соседних странах.',
];

const EN: ((s: Slots) => string)[] = [
  (s) => `${s.person.en} met foreign investors in ${s.place.en} on Tuesday.`,
  () => 'The two sides discussed trade, transport and energy cooperation.',
  (s) => `${s.person.en} said ${s.n} new projects would start this year.`,
  (s) => `According to the ministry, the region attracted ${s.n} billion tenge of investment.`,
  (s) => `Officials also reviewed changes in education and healthcare with ${s.other.en}.`,
  () => 'Analysts expect the new railway corridor to cut delivery times by a third.',
  (s) => `The agreement was signed in ${s.place.en} in the presence of ${s.other.en}.`,
  () => 'Experts point to growing demand for grain and fertiliser in neighbouring countries.',
];

const KK: ((s: Slots) => string)[] = [
  (s) => `${s.place.kk} қаласында ${s.person.kk} шетелдік инвесторлармен кездесті.`,
  () =>
    'Кездесу барысында тараптар сауда-экономикалық ынтымақтастықты дамыту мәселелерін талқылады.',
  (s) => `${s.person.kk} биыл ${s.n} жаңа жобаның іске қосылатынын хабарлады.`,
  (s) => `Министрлік мәліметінше, биыл өңірге ${s.n} миллиард теңге инвестиция тартылды.`,
  () => 'Жиында білім беру мен денсаулық сақтау саласындағы өзгерістер де қаралды.',
  (s) => `${s.person.kkGen} айтуынша, бұл бастама елдің экономикалық өсуіне ықпал етеді.`,
  (s) => `Келісімге ${s.place.kk} қаласында қол қойылды, оған ${s.other.kk} қатысты.`,
  () => 'Сарапшылар жаңа темір жол дәлізі жүк жеткізу мерзімін үштен бірге қысқартады деп күтеді.',
];

const TITLES = {
  ru: (s: Slots) =>
    `${s.person.ru[0]} обсудил${s.person.female ? 'а' : ''} инвестиции в ${s.place.ruPre}`,
  en: (s: Slots) => `${s.person.en} discusses investment in ${s.place.en}`,
  kk: (s: Slots) => `${s.person.kk} ${s.place.kk} қаласында инвесторлармен кездесті`,
};

export type CorpusLanguage = 'ru' | 'en' | 'kk';

/** One generated file: its key and bytes, as it would be dropped into the bucket. */
export interface CorpusFile {
  key: string;
  bytes: Uint8Array;
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** A news item as a Markdown file with front matter, `paragraphs` paragraphs of 2–3 sentences. */
export function generatedFile(index: number, seed = 1, paragraphs = 4): CorpusFile {
  const next = random(seed * 1_000_003 + index);
  const language = (['ru', 'en', 'kk'] as const)[index % 3] as CorpusLanguage;
  const templates = { ru: RU, en: EN, kk: KK }[language];
  const slots = (): Slots => ({
    person: pick(next, PEOPLE),
    other: pick(next, PEOPLE),
    place: pick(next, PLACES),
    n: 2 + Math.floor(next() * 60),
  });
  const main = slots();
  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 364) * 86_400_000);
  const body = Array.from({ length: paragraphs }, () =>
    Array.from({ length: 2 + Math.floor(next() * 2) }, () =>
      pick(
        next,
        templates,
      )({ ...slots(), person: next() < 0.6 ? main.person : pick(next, PEOPLE) }),
    ).join(' '),
  );
  const text = [
    '---',
    `title: ${TITLES[language](main)}`,
    `date: ${day.toISOString().slice(0, 10)}`,
    `source: ${pick(next, SOURCES)}`,
    '---',
    '',
    body.join('\n\n'),
    '',
  ].join('\n');
  return {
    key: `generated/${language}/${String(index).padStart(6, '0')}.md`,
    bytes: Buffer.from(text),
  };
}

/** The five seeds, as `npm start` uploads them. */
export function seedCorpusFiles(): CorpusFile[] {
  return readdirSync(SEEDS_DIR)
    .sort()
    .map((name) => ({ key: name, bytes: readFileSync(join(SEEDS_DIR, name)) }));
}

const detector = new ArticleLanguageDetector();
const RECEIVED = new Date('2026-01-15T09:00:00Z');

/** The article the ingest function would index for a file (every article its own story). */
export async function corpusArticle(file: CorpusFile, sequence: number): Promise<Article> {
  const normalised = await normaliseArticle(
    { bytes: file.bytes, key: file.key, contentType: null, receivedAt: RECEIVED },
    { detector },
  );
  const id = articleId(BUCKET, file.key);
  return {
    id,
    bucket: BUCKET,
    key: file.key,
    ...normalised,
    storyId: id,
    size: file.bytes.length,
    sequencer: sequence.toString(16).padStart(16, '0'),
    indexedAt: new Date(RECEIVED.getTime() + sequence * 1_000).toISOString(),
  };
}

/** The seeds and `generated` generated files, normalised. */
export async function parityCorpus(generated: number): Promise<Article[]> {
  const files = [
    ...seedCorpusFiles(),
    ...Array.from({ length: generated }, (_, i) => generatedFile(i)),
  ];
  const articles: Article[] = [];
  for (const [i, file] of files.entries()) articles.push(await corpusArticle(file, i + 1));
  return articles;
}
