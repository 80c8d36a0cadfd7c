import type { QuerySpec } from './types.ts';

// The London visit's articles that are about the APPG meeting only, with no word of Cooper:
// not relevant to a query about Kosherbayev's talks with Cooper.
const APPG_ONLY = { 'london-seed-000': 0, 'london-seed-001': 0, 'london-seed-002': 0 } as const;
// The articles on the Central Asia–UK ministerial meeting mention the Kosherbayev–Cooper talks
// in a paragraph or two: partly about them.
const MINISTERIAL = { 'london-seed-004': 1, 'london-en-wire': 1 } as const;

/** The queries, as an editor or researcher types them, with what each asks for. */
export const QUERIES: QuerySpec[] = [
  // The London visit (the five seeds and three written articles).
  {
    id: 'q01',
    lang: 'en',
    text: 'Kazakhstan foreign minister visit to London',
    stories: { 'london-visit': 'full' },
  },
  {
    id: 'q02',
    lang: 'ru',
    text: 'министр иностранных дел визит в Лондон',
    stories: { 'london-visit': 'full' },
  },
  {
    id: 'q03',
    lang: 'en',
    text: 'Kosherbayev Cooper',
    stories: { 'london-visit': 'full' },
    grades: { ...APPG_ONLY, ...MINISTERIAL },
  },
  {
    id: 'q04',
    lang: 'ru',
    text: 'Кошербаев Купер',
    stories: { 'london-visit': 'full' },
    grades: { ...APPG_ONLY, ...MINISTERIAL },
  },
  {
    id: 'q05',
    lang: 'en',
    text: 'Kazakh foreign minister meets British foreign secretary in London',
    stories: { 'london-visit': 'full' },
    grades: { ...APPG_ONLY, ...MINISTERIAL },
  },
  {
    id: 'q06',
    lang: 'en',
    text: 'Kazakh top diplomat trip to Britain',
    stories: { 'london-visit': 'full' },
  },
  // Tokayev and Xi Jinping in Beijing.
  {
    id: 'q07',
    lang: 'en',
    text: 'Tokayev Xi Jinping',
    stories: { 'tokayev-xi-beijing': 'full' },
  },
  {
    id: 'q08',
    lang: 'ru',
    text: 'переговоры Токаева с Си Цзиньпином',
    stories: { 'tokayev-xi-beijing': 'full' },
  },
  {
    id: 'q09',
    lang: 'kk',
    text: 'Тоқаев Си Цзиньпин',
    stories: { 'tokayev-xi-beijing': 'full' },
  },
  // Wheat to China.
  {
    id: 'q10',
    lang: 'en',
    text: 'wheat exports China',
    stories: { 'wheat-exports-china': 'full' },
  },
  {
    id: 'q11',
    lang: 'ru',
    text: 'экспорт пшеницы в Китай',
    stories: { 'wheat-exports-china': 'full' },
  },
  {
    id: 'q12',
    lang: 'en',
    text: 'grain shipments to China',
    stories: { 'wheat-exports-china': 'full' },
  },
  // Oil output.
  {
    id: 'q13',
    lang: 'en',
    text: 'Tengiz Kashagan oil output',
    stories: { 'oil-tengiz-kashagan': 'full' },
  },
  {
    id: 'q14',
    lang: 'ru',
    text: 'добыча нефти на Тенгизе',
    stories: { 'oil-tengiz-kashagan': 'full' },
  },
  // Dostyk–Moyynty.
  {
    id: 'q15',
    lang: 'ru',
    text: 'вторые пути Достык Мойынты',
    stories: { 'dostyk-moyynty-railway': 'full' },
  },
  {
    id: 'q16',
    lang: 'en',
    text: 'Dostyk-Moyynty railway second track',
    stories: { 'dostyk-moyynty-railway': 'full' },
  },
  {
    id: 'q17',
    lang: 'en',
    text: 'second track boosts rail capacity towards the Chinese border',
    stories: { 'dostyk-moyynty-railway': 'full' },
  },
  // The tenge.
  {
    id: 'q18',
    lang: 'ru',
    text: 'курс тенге упал до рекорда',
    stories: { 'tenge-record-low': 'full' },
  },
  {
    id: 'q19',
    lang: 'en',
    text: 'tenge record low against the dollar',
    stories: { 'tenge-record-low': 'full' },
  },
  // The nuclear plant.
  {
    id: 'q20',
    lang: 'en',
    text: 'nuclear power plant Kazakhstan Rosatom',
    stories: { 'npp-ulken': 'full' },
  },
  {
    id: 'q21',
    lang: 'ru',
    text: 'строительство АЭС у поселка Улькен',
    stories: { 'npp-ulken': 'full' },
  },
  // Floods in the north.
  {
    id: 'q22',
    lang: 'en',
    text: 'flooding in northern Kazakhstan this spring',
    stories: { 'floods-north-spring': 'full' },
  },
  {
    id: 'q23',
    lang: 'ru',
    text: 'паводок Петропавловск эвакуация',
    stories: { 'floods-north-spring': 'full' },
  },
  {
    id: 'q24',
    lang: 'kk',
    text: 'Солтүстік Қазақстандағы су тасқыны',
    stories: { 'floods-north-spring': 'full' },
  },
  // Heat in the south.
  {
    id: 'q25',
    lang: 'ru',
    text: 'аномальная жара на юге Казахстана',
    stories: { 'heat-wave-south': 'full' },
  },
  {
    id: 'q26',
    lang: 'en',
    text: 'heat wave Shymkent temperature record',
    stories: { 'heat-wave-south': 'full' },
  },
  // School reform.
  {
    id: 'q27',
    lang: 'ru',
    text: 'реформа школьного образования в Казахстане',
    stories: { 'school-reform': 'full' },
  },
  {
    id: 'q28',
    lang: 'en',
    text: 'school reform Kazakhstan grading',
    stories: { 'school-reform': 'full' },
  },
  // Culture and sport.
  {
    id: 'q29',
    lang: 'en',
    text: 'Almaty film festival winners',
    stories: { 'almaty-film-festival': 'full' },
  },
  {
    id: 'q30',
    lang: 'ru',
    text: 'кинофестиваль в Алматы',
    stories: { 'almaty-film-festival': 'full' },
  },
  {
    id: 'q31',
    lang: 'en',
    text: 'Kazakh boxer wins world title',
    stories: { 'boxing-world-title': 'full' },
  },
  {
    id: 'q32',
    lang: 'ru',
    text: 'победа Сагатова чемпионский пояс',
    stories: { 'boxing-world-title': 'full' },
  },
  {
    id: 'q33',
    lang: 'ru',
    text: 'Астана марафон',
    stories: { 'astana-marathon': 'full' },
  },
  {
    id: 'q34',
    lang: 'en',
    text: 'Astana marathon winner',
    stories: { 'astana-marathon': 'full' },
  },
  {
    id: 'q35',
    lang: 'ru',
    text: '180-летие Абая',
    stories: { 'abai-180': 'full' },
  },
  {
    id: 'q36',
    lang: 'en',
    text: 'Abai Kunanbayev anniversary celebrations',
    stories: { 'abai-180': 'full' },
  },
  // Diplomacy.
  {
    id: 'q37',
    lang: 'en',
    text: 'EU delegation Astana critical raw materials',
    stories: { 'eu-delegation-astana': 'full' },
  },
  {
    id: 'q38',
    lang: 'ru',
    text: 'консультативная встреча глав государств Центральной Азии',
    stories: { 'central-asia-consultative-tashkent': 'full' },
  },
  {
    id: 'q39',
    lang: 'en',
    text: 'Central Asian leaders summit Tashkent',
    stories: { 'central-asia-consultative-tashkent': 'full' },
  },
  {
    id: 'q40',
    lang: 'ru',
    text: 'Кошербаев Фидан',
    stories: { 'kosherbayev-fidan-ankara': 'full' },
  },
  {
    id: 'q41',
    lang: 'en',
    text: 'Kazakh and Turkish foreign ministers talks in Ankara',
    stories: { 'kosherbayev-fidan-ankara': 'full' },
  },
  {
    id: 'q42',
    lang: 'ru',
    text: 'переговоры Кошербаева с Лавровым',
    stories: { 'kosherbayev-lavrov-moscow': 'full' },
  },
  // Government and politics.
  {
    id: 'q43',
    lang: 'en',
    text: 'Bektenov heating season',
    stories: { 'bektenov-heating-season': 'full' },
  },
  {
    id: 'q44',
    lang: 'ru',
    text: 'подготовка к отопительному сезону',
    stories: { 'bektenov-heating-season': 'full' },
  },
  {
    id: 'q45',
    lang: 'en',
    text: 'Tokayev referendum unicameral parliament',
    stories: { 'tokayev-address-unicameral': 'full' },
    // Mostly about artificial intelligence; the referendum gets one paragraph.
    grades: { 'address-en-ai': 1 },
  },
  {
    id: 'q46',
    lang: 'ru',
    text: 'референдум об однопалатном парламенте',
    stories: { 'tokayev-address-unicameral': 'full' },
  },
  // Flights, nature, city and health.
  {
    id: 'q47',
    lang: 'en',
    text: 'direct flights Astana London',
    stories: { 'air-astana-london': 'full' },
  },
  {
    id: 'q48',
    lang: 'ru',
    text: 'гибель каспийских тюленей',
    stories: { 'caspian-seals': 'full' },
  },
  {
    id: 'q49',
    lang: 'ru',
    text: 'новые станции метро в Алматы',
    stories: { 'almaty-metro': 'full' },
  },
  {
    id: 'q50',
    lang: 'en',
    text: 'measles outbreak Kazakhstan vaccination',
    stories: { 'measles-outbreak': 'full' },
  },
  {
    id: 'q51',
    lang: 'en',
    text: 'water shortage in Aktau and a desalination plant',
    stories: { 'mangystau-water': 'full' },
  },
];
