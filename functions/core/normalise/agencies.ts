/** A news agency or outlet, under the one name the index stores for it. */
interface Agency {
  name: string;
  /** Spellings found in datelines, credits and attributions (matched whole, any case). */
  aliases: readonly string[];
  /** Short all-capital spellings that are agencies only when written exactly so (`AP`, `ТАСС`). */
  exact?: readonly string[];
  domains: readonly string[];
}

// The agencies and outlets whose copy a Kazakhstan newsroom receives most, with the spellings
// their own datelines use. Order matters only where one name contains another (Sputnik).
const AGENCIES: readonly Agency[] = [
  {
    name: 'Kazinform',
    aliases: [
      'Kazinform',
      'Казинформ',
      'МИА Казинформ',
      'ҚазАқпарат',
      'Qazinform',
      'Kazinform International News Agency',
    ],
    domains: ['inform.kz', 'kazinform.kz', 'qazinform.com'],
  },
  {
    name: 'Kazakhstan Today',
    aliases: ['Kazakhstan Today', 'Казахстан Сегодня'],
    domains: ['kt.kz'],
  },
  {
    name: 'Tengrinews',
    aliases: ['Tengrinews', 'Tengrinews.kz', 'Tengri News', 'Тенгриньюс'],
    domains: ['tengrinews.kz'],
  },
  { name: 'KazTAG', aliases: ['KazTAG', 'КазТАГ'], domains: ['kaztag.kz'] },
  {
    name: 'Interfax-Kazakhstan',
    aliases: ['Interfax-Kazakhstan', 'Interfax Kazakhstan', 'Интерфакс-Казахстан'],
    domains: ['interfax.kz'],
  },
  {
    name: 'The Astana Times',
    aliases: ['The Astana Times', 'Astana Times'],
    domains: ['astanatimes.com'],
  },
  { name: 'Trend', aliases: ['Trend', 'Trend News Agency'], domains: ['trend.az'] },
  {
    name: 'TASS',
    aliases: ['ИТАР-ТАСС', 'TASS'],
    exact: ['ТАСС'],
    domains: ['tass.ru', 'tass.com'],
  },
  {
    name: 'RIA Novosti',
    aliases: ['RIA Novosti', 'РИА Новости', 'РИА «Новости»'],
    domains: ['ria.ru'],
  },
  { name: 'Reuters', aliases: ['Reuters', 'Рейтер', 'Thomson Reuters'], domains: ['reuters.com'] },
  {
    name: 'AP',
    aliases: ['Associated Press', 'The Associated Press'],
    exact: ['AP'],
    domains: ['apnews.com', 'ap.org'],
  },
  {
    name: 'AFP',
    aliases: ['Agence France-Presse', 'Франс Пресс', 'Франс-Пресс'],
    exact: ['AFP'],
    domains: ['afp.com'],
  },
  { name: 'Xinhua', aliases: ['Xinhua', 'Синьхуа'], domains: ['xinhuanet.com', 'news.cn'] },
  {
    name: 'Sputnik Kazakhstan',
    aliases: ['Sputnik Kazakhstan', 'Sputnik Казахстан'],
    domains: ['sputnik.kz'],
  },
  { name: 'Sputnik', aliases: ['Sputnik'], domains: ['sputniknews.com'] },
  {
    name: 'Interfax',
    aliases: ['Interfax', 'Интерфакс'],
    domains: ['interfax.ru', 'interfax.com'],
  },
  { name: 'Bloomberg', aliases: ['Bloomberg'], domains: ['bloomberg.com'] },
  { name: 'Anadolu', aliases: ['Anadolu', 'Anadolu Agency'], domains: ['aa.com.tr'] },
  { name: 'Zakon.kz', aliases: ['Zakon.kz', 'Закон.kz'], domains: ['zakon.kz'] },
  { name: 'Vlast.kz', aliases: ['Vlast.kz'], domains: ['vlast.kz'] },
  { name: 'Orda.kz', aliases: ['Orda.kz'], domains: ['orda.kz'] },
  { name: 'Informburo.kz', aliases: ['Informburo.kz', 'Informburo'], domains: ['informburo.kz'] },
  { name: 'Nur.kz', aliases: ['Nur.kz'], domains: ['nur.kz'] },
  { name: 'Khabar 24', aliases: ['Khabar 24', 'Хабар 24'], domains: ['24.kz'] },
  { name: 'Kursiv', aliases: ['Kursiv'], domains: ['kursiv.media', 'kursiv.kz'] },
  {
    name: 'Forbes Kazakhstan',
    aliases: ['Forbes Kazakhstan', 'Forbes.kz'],
    domains: ['forbes.kz'],
  },
  { name: 'Kapital.kz', aliases: ['Kapital.kz', 'Капитал.kz'], domains: ['kapital.kz'] },
  { name: 'Inbusiness.kz', aliases: ['Inbusiness.kz'], domains: ['inbusiness.kz'] },
  {
    name: 'Kazakhstanskaya Pravda',
    aliases: ['Казахстанская правда', 'Kazakhstanskaya Pravda'],
    domains: ['kazpravda.kz'],
  },
  {
    name: 'Egemen Qazaqstan',
    aliases: ['Egemen Qazaqstan', 'Егемен Қазақстан'],
    domains: ['egemen.kz'],
  },
  {
    name: 'AKIpress',
    aliases: ['AKIpress', 'АКИpress'],
    domains: ['akipress.org', 'akipress.com'],
  },
  { name: 'Kabar', aliases: ['Kabar', 'Кабар'], domains: ['kabar.kg'] },
  {
    name: 'UzA',
    aliases: ['Uzbekistan National News Agency'],
    exact: ['UzA', 'УзА'],
    domains: ['uza.uz'],
  },
  { name: 'Dunyo', aliases: ['Dunyo'], domains: ['dunyo.info'] },
  { name: 'BelTA', aliases: ['BelTA', 'БелТА'], domains: ['belta.by'] },
  { name: 'Azertac', aliases: ['Azertac', 'АЗЕРТАДЖ'], domains: ['azertag.az'] },
  { name: 'Khovar', aliases: ['Khovar', 'Ховар'], domains: ['khovar.tj'] },
];

function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/[«»"“”„']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_ALIAS = new Map<string, string>();
const BY_EXACT = new Map<string, string>();
for (const agency of AGENCIES) {
  for (const alias of agency.aliases) BY_ALIAS.set(fold(alias), agency.name);
  for (const exact of agency.exact ?? []) BY_EXACT.set(exact, agency.name);
}

/** The stored name of a known agency written in any of its spellings, else null. */
export function knownAgency(written: string): string | null {
  const trimmed = written.trim().replace(/^[«"“]|[»"”]$/g, '');
  return BY_EXACT.get(trimmed) ?? BY_ALIAS.get(fold(trimmed)) ?? null;
}

/** A source name as written (`(Kyodo)`, a site name), under its stored name when it is known. */
export function canonicalSource(written: string): string | null {
  const name = written
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[«"“]|[»"”]$/g, '');
  if (name === '' || name.length > 120) return null;
  return knownAgency(name) ?? name;
}

/** The known agency behind a URL or host name (`https://www.inform.kz/…`), else null. */
export function agencyOfUrl(url: string): string | null {
  const host = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  if (!host) return null;
  for (const agency of AGENCIES) {
    if (agency.domains.some((d) => host === d || host.endsWith(`.${d}`))) return agency.name;
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Any case of a spelling, as a pattern usable inside a case-sensitive expression (Node 20 has no
// inline `(?i:…)`, and the exact spellings beside it must keep their case).
function anyCase(spelling: string): string {
  return Array.from(spelling, (c) => {
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    if (lower === upper) return c === ' ' ? '\\s+' : escapeRegExp(c);
    return `[${lower}${upper}]`;
  }).join('');
}

// Every spelling, longest first so that `Sputnik Казахстан` wins over `Sputnik`. Letters or digits
// must not touch a spelling on either side, so `Trend` is not found inside `Trending`.
const ALL_SPELLINGS = AGENCIES.flatMap((a) => a.aliases)
  .sort((a, b) => b.length - a.length)
  .map(anyCase);
const EXACT_SPELLINGS = AGENCIES.flatMap((a) => a.exact ?? []).map(escapeRegExp);
/** Any agency name, as a regular-expression source for composing dateline patterns. */
export const AGENCY_NAME = `(?:(?<![\\p{L}\\p{N}])(?:${ALL_SPELLINGS.join('|')}|${EXACT_SPELLINGS.join('|')})(?![\\p{L}\\p{N}]))`;

// `…, передает корреспондент агентства Kazinform`, `сообщает МИА «Казинформ»`,
// `Kazinform reports`, `according to Reuters`, `ҚазАқпарат тілшісі хабарлайды`.
const ATTRIBUTIONS = [
  new RegExp(
    `(?:переда[её]т|сообщает|сообщили|сообщило|пишет|информирует|со ссылкой на)\\s+(?:(?:собственный|специальный|наш)\\s+)?(?:корреспондент\\s+)?(?:(?:агентства|агентство|МИА|ИА|портала|портал|издания|издание|сайта|сайт)\\s+)?[«"]?(${AGENCY_NAME})`,
    'u',
  ),
  new RegExp(
    `(?:reports?|reported|according to|told)\\s+(?:the\\s+)?(?:a\\s+)?(?:correspondent\\s+of\\s+)?(${AGENCY_NAME})`,
    'u',
  ),
  new RegExp(
    `(${AGENCY_NAME})\\s+(?:reports?|reported|correspondent reports|тілшісі хабарлайды|хабарлайды)`,
    'u',
  ),
];

/** The known agency a paragraph credits for the story (`передает Kazinform`), else null. */
export function attributedAgency(paragraph: string): string | null {
  for (const pattern of ATTRIBUTIONS) {
    const name = pattern.exec(paragraph)?.[1];
    if (name) return knownAgency(name);
  }
  return null;
}
