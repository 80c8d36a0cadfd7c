import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { QueryLetterDetector } from '../../functions/adapters/language/query-language-detector.ts';

const a = new ArticleLanguageDetector();
const b = new QueryLetterDetector();
for (const q of [
  'Тоқаев',
  'выборы в Бишкеке',
  'Ташкент',
  'Кошербаев',
  'election results',
  'prezident',
  'новости',
  'Қазақстан',
  'Kosherbayev',
  'wheat exports',
  'Weizenexporte',
  'exportations de blé',
  'Київ',
  'Yvette Cooper',
  'Купер',
  'Astana',
  'Алматы марафон',
  'нефть',
]) {
  const f = (d: {
    detectQuery(t: string): { candidates: { language: string; weight: number }[] };
  }) =>
    d
      .detectQuery(q)
      .candidates.map((c) => `${c.language}:${c.weight.toFixed(2)}`)
      .join(' ');
  console.log(q.padEnd(22), '|', f(a).padEnd(40), '|', f(b));
}
