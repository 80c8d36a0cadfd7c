/** The languages the interface speaks. */
export type Locale = 'en' | 'ru';

/**
 * The interface's language after the browser's preferences (`navigator.languages`, in order):
 * the first of them we speak, English when none is.
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'ru' || primary === 'en') return primary;
  }
  return 'en';
}

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every text of the interface, in one language. */
export interface Messages {
  title: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchButton: string;
  searchHint: string;
  filters: string;
  languageFacet: string;
  sourceFacet: string;
  dateFacet: string;
  timeline: string;
  dateFrom: string;
  dateTo: string;
  showMoreSources: string;
  activeFilters: string;
  removeFilter: (label: string) => string;
  clearAll: string;
  articles: Plural;
  stories: Plural;
  otherVersions: Plural;
  countArticles: (articles: string) => string;
  countStories: (stories: string, articles: string) => string;
  relaxed: string;
  loading: string;
  moreResults: string;
  emptyTitle: string;
  emptyQuery: (q: string) => string;
  emptyFilters: string;
  errorTitle: string;
  /** A 401/403 where the page cannot sign in: the stage wants SigV4 (`iam`) or a bearer token (`jwt`). */
  errorUnauthorised: (access: string, api: string) => string;
  errorNetwork: string;
  signIn: string;
  signOut: string;
  signedIn: string;
  errorSignInNeeded: string;
  errorSignInAgain: string;
  /** Why signing in failed, by the reason the page found. */
  signInFailed: Record<'state' | 'issuer' | 'token-response' | 'refresh', string>;
  retry: string;
  untitled: string;
  unknownLanguage: string;
  undated: string;
  back: string;
  articleFacts: string;
  outlet: string;
  place: string;
  date: string;
  credits: string;
  languages: string;
  objectKey: string;
  storyVersions: string;
  notFound: string;
  restOfArticle: string;
  results: string;
  facetOption: (label: string, count: string) => string;
  monthOption: (label: string, count: string) => string;
}

const en: Messages = {
  title: 'Article search',
  searchLabel: 'Search articles',
  searchPlaceholder: 'A name, a place, a sentence… in any language',
  searchButton: 'Search',
  searchHint:
    'Every word counts; "exact phrase" must appear as written, -word leaves out articles with it, +word requires it. Press / to come back here.',
  filters: 'Filters',
  languageFacet: 'Language',
  sourceFacet: 'Outlet',
  dateFacet: 'Date',
  timeline: 'Articles per month',
  dateFrom: 'From',
  dateTo: 'To',
  showMoreSources: 'Show all outlets',
  activeFilters: 'Active filters',
  removeFilter: (label) => `Remove filter: ${label}`,
  clearAll: 'Clear all',
  articles: { one: '{n} article', other: '{n} articles' },
  stories: { one: '{n} story', other: '{n} stories' },
  otherVersions: { one: '{n} other version', other: '{n} other versions' },
  countArticles: (articles) => articles,
  countStories: (stories, articles) => `${stories} (${articles})`,
  relaxed: 'No article has all of these words; showing articles with some of them.',
  loading: 'Searching…',
  moreResults: 'More results',
  emptyTitle: 'Nothing found',
  emptyQuery: (q) => `No article matches “${q}”.`,
  emptyFilters: 'Try removing a filter, or fewer words.',
  errorTitle: 'The search failed',
  errorUnauthorised: (access, api) =>
    access === 'jwt'
      ? `This deployment needs a bearer token with every request, and this page has no sign-in configured for it. Search from the command line with a token (curl -H "Authorization: Bearer …" "${api}/search?q=…"), or ask its operators to configure page sign-in (infra/README.md, "Access to the API").`
      : `This deployment needs signed (SigV4) requests, which a browser page cannot make. Search from the command line with your AWS credentials (awscurl --service execute-api "${api}/search?q=…"; infra/README.md, "Access to the API").`,
  errorNetwork: 'The search service could not be reached.',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedIn: 'Signed in',
  errorSignInNeeded: 'Sign in to search the articles.',
  errorSignInAgain: 'Your sign-in has expired or was not accepted: sign in again.',
  signInFailed: {
    state:
      'The sign-in answer did not belong to a sign-in started in this tab, so it was ignored: sign in again.',
    issuer: 'The identity provider refused the sign-in.',
    'token-response':
      'The sign-in could not be completed: the identity provider did not hand out a token.',
    refresh: 'Your sign-in has expired: sign in again.',
  },
  retry: 'Try again',
  untitled: '(untitled)',
  unknownLanguage: 'Unknown language',
  undated: 'undated',
  back: 'Back to results',
  articleFacts: 'About this article',
  outlet: 'Outlet',
  place: 'Place',
  date: 'Date',
  credits: 'Credits',
  languages: 'Languages',
  objectKey: 'Original object',
  storyVersions: 'Other versions of this story',
  notFound: 'This article is no longer in the index.',
  restOfArticle: 'Show the rest of the article',
  results: 'Results',
  facetOption: (label, count) => `${label}, ${count}`,
  monthOption: (label, count) => `${label}: ${count}`,
};

const ru: Messages = {
  title: 'Поиск статей',
  searchLabel: 'Поиск по статьям',
  searchPlaceholder: 'Имя, место, фраза… на любом языке',
  searchButton: 'Найти',
  searchHint:
    'Учитывается каждое слово; "точная фраза" ищется как написана, -слово исключает статьи с ним, +слово обязательно. Клавиша / возвращает сюда.',
  filters: 'Фильтры',
  languageFacet: 'Язык',
  sourceFacet: 'Издание',
  dateFacet: 'Дата',
  timeline: 'Статей по месяцам',
  dateFrom: 'С',
  dateTo: 'По',
  showMoreSources: 'Показать все издания',
  activeFilters: 'Выбранные фильтры',
  removeFilter: (label) => `Убрать фильтр: ${label}`,
  clearAll: 'Сбросить всё',
  articles: { one: '{n} статья', few: '{n} статьи', many: '{n} статей', other: '{n} статьи' },
  stories: { one: '{n} сюжет', few: '{n} сюжета', many: '{n} сюжетов', other: '{n} сюжета' },
  otherVersions: {
    one: 'ещё {n} версия',
    few: 'ещё {n} версии',
    many: 'ещё {n} версий',
    other: 'ещё {n} версии',
  },
  countArticles: (articles) => articles,
  countStories: (stories, articles) => `${stories} (${articles})`,
  relaxed: 'Ни в одной статье нет всех этих слов; показаны статьи с некоторыми из них.',
  loading: 'Поиск…',
  moreResults: 'Ещё результаты',
  emptyTitle: 'Ничего не найдено',
  emptyQuery: (q) => `Нет статей по запросу «${q}».`,
  emptyFilters: 'Попробуйте убрать фильтр или сократить запрос.',
  errorTitle: 'Поиск не удался',
  errorUnauthorised: (access, api) =>
    access === 'jwt'
      ? `Это развёртывание требует токен в каждом запросе, а вход на этой странице для него не настроен. Ищите из командной строки с токеном (curl -H "Authorization: Bearer …" "${api}/search?q=…") или попросите операторов настроить вход (infra/README.md, «Access to the API»).`
      : `Это развёртывание принимает только подписанные (SigV4) запросы, которые страница в браузере сделать не может. Ищите из командной строки с вашими ключами AWS (awscurl --service execute-api "${api}/search?q=…"; infra/README.md, «Access to the API»).`,
  errorNetwork: 'Сервис поиска недоступен.',
  signIn: 'Войти',
  signOut: 'Выйти',
  signedIn: 'Вход выполнен',
  errorSignInNeeded: 'Войдите, чтобы искать статьи.',
  errorSignInAgain: 'Срок входа истёк или вход не принят: войдите снова.',
  signInFailed: {
    state:
      'Ответ на вход не относится ко входу, начатому в этой вкладке, и отклонён: войдите снова.',
    issuer: 'Поставщик удостоверений отказал во входе.',
    'token-response': 'Вход не завершён: поставщик удостоверений не выдал токен.',
    refresh: 'Срок входа истёк: войдите снова.',
  },
  retry: 'Повторить',
  untitled: '(без заголовка)',
  unknownLanguage: 'Язык не определён',
  undated: 'без даты',
  back: 'К результатам',
  articleFacts: 'О статье',
  outlet: 'Издание',
  place: 'Место',
  date: 'Дата',
  credits: 'Авторы фото',
  languages: 'Языки',
  objectKey: 'Исходный объект',
  storyVersions: 'Другие версии сюжета',
  notFound: 'Этой статьи больше нет в индексе.',
  restOfArticle: 'Показать статью целиком',
  results: 'Результаты',
  facetOption: (label, count) => `${label}, ${count}`,
  monthOption: (label, count) => `${label}: ${count}`,
};

/** The interface's texts and formats in one language. */
export interface Translator {
  locale: Locale;
  t: Messages;
  /** A counted phrase, `{n}` replaced by the number in the locale's digits. */
  count(forms: Plural, n: number): string;
  number(n: number): string;
  /** A `YYYY-MM-DD` day, e.g. `26 Feb 2026`. */
  day(day: string): string;
  /** A `YYYY-MM` month, e.g. `Feb 2026`. */
  month(month: string): string;
  /** A language's name from its ISO 639-1 code, in the interface's language. */
  language(code: string): string;
  /** A share of 0..1 as a percentage. */
  percent(share: number): string;
}

/** Texts and number, date and language-name formats for one interface language. */
export function translator(locale: Locale): Translator {
  const t = locale === 'ru' ? ru : en;
  const plural = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const days = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const months = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const date = (value: string) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) ? undefined : parsed;
  };
  return {
    locale,
    t,
    count: (forms, n) => (forms[plural.select(n)] ?? forms.other).replace('{n}', numbers.format(n)),
    number: (n) => numbers.format(n),
    day: (value) => {
      const parsed = date(value);
      return parsed ? days.format(parsed) : value;
    },
    month: (value) => {
      const parsed = date(`${value}-01`);
      return parsed ? months.format(parsed) : value;
    },
    language: (code) => {
      if (code === 'und') return t.unknownLanguage;
      try {
        const name = names.of(code) ?? code;
        // Russian writes language names in lower case; a label starts with a capital.
        return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
      } catch {
        return code;
      }
    },
    percent: (share) => percent.format(share),
  };
}
