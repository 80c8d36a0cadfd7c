// Photo and image credits as newsrooms write them. A credit is short: a longer paragraph that
// starts with `Фото` is prose about a photo, and stays.
const MAX_CREDIT_LENGTH = 160;
const LABEL =
  '(?:фото(?:графия|графии)?|фото и видео|источник фото|автор фото|фотограф|photos?|photo credit|image|picture|illustration|сурет(?:тер)?|фотосурет|иллюстрация|коллаж|инфографика|скриншот)';
// `Фото: МИД РК`, `Photo by Jane Doe`, `Фото — Reuters`, `Фото © Kazinform`, `Сурет: …`.
const LABELLED = new RegExp(
  `^[([]?${LABEL}\\s*(?::|©|—|–|-|/|\\bby\\b|\\bcourtesy of\\b)\\s*(.+?)[)\\]]?$`,
  'iu',
);
// `Фото пресс-службы МИД РК`, `Фото с сайта akorda.kz`, `Фото из открытых источников`.
const DESCRIBED =
  /^[([]?фото\s+((?:пресс-служб|с сайта|со страницы|из открытых|из архива|из соцсетей|из социальных|из телеграм|автора|предоставлен|взято|:).*?)[)\]]?$/iu;
// `© Reuters`, `©Kazinform`, but not `© 2026 Kazinform. Все права защищены` (a footer).
const COPYRIGHT_ONLY = /^©\s*([^\d\s].{0,80})$/u;
// A credit closing a caption or a paragraph: `… в Лондоне. Фото: Reuters`, `(Фото: Kazinform)`.
const TRAILING = new RegExp(
  `(?:^|(?<=[.!?…»"]\\s)|\\s(?=[([]))[([]?${LABEL}\\s*:\\s*([^()[\\]]{1,80}?)[)\\]]?$`,
  'iu',
);

/** A paragraph with its credit lifted out. */
export interface CreditSplit {
  /** The paragraph without the credit; empty when it was the credit alone. */
  text: string;
  credit: string | null;
}

/**
 * Finds a photo credit in a paragraph: a whole paragraph that is one (`Фото: МИД РК`,
 * `Фото пресс-службы акимата`, `© Reuters`), or one that closes a caption (`… Фото: Reuters`).
 */
export function splitCredit(paragraph: string): CreditSplit {
  if (paragraph.length <= MAX_CREDIT_LENGTH) {
    const whole =
      LABELLED.exec(paragraph) ?? DESCRIBED.exec(paragraph) ?? COPYRIGHT_ONLY.exec(paragraph);
    const credit = whole?.[1]?.trim();
    if (credit && !/права|rights reserved/iu.test(credit)) return { text: '', credit };
  }
  // A trailing credit has its colon (`Фото: Reuters`): without one the expression, tried at
  // every place of the paragraph, cannot match, and most paragraphs have none.
  const trailing = paragraph.includes(':') ? TRAILING.exec(paragraph) : null;
  const credit = trailing?.[1]?.trim();
  if (trailing && credit) {
    return { text: paragraph.slice(0, trailing.index).trim(), credit };
  }
  return { text: paragraph, credit: null };
}
