const r0 = process.memoryUsage().rss;
const { ArticleLanguageDetector } = await import(
  '../../functions/adapters/language/article-language-detector.ts'
);
const r1 = process.memoryUsage().rss;
const d = new ArticleLanguageDetector();
d.detectQuery('Кошербаев');
const r2 = process.memoryUsage().rss;
console.log(
  'base',
  (r0 / 2 ** 20).toFixed(0),
  'modules',
  ((r1 - r0) / 2 ** 20).toFixed(0),
  'model',
  ((r2 - r1) / 2 ** 20).toFixed(0),
  process.memoryUsage(),
);
