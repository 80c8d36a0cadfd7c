import { detectDocumentLanguages } from '../../core/language/detect-document.ts';
import { detectQueryLanguages } from '../../core/language/detect-query.ts';
import { detectLanguage } from '../../core/language/detect-text.ts';
import type {
  DocumentLanguage,
  LanguageDetection,
  LanguageIdentifier,
  LanguageModel,
  QueryLanguages,
} from '../../core/language/types.ts';
import type { DocumentLanguageDetector, QueryLanguageDetector } from '../../core/ports.ts';
import { sharedLid176Model } from './lid176-model.ts';

/**
 * The project's language detector: script first, then fastText lid.176 restricted to the
 * supported languages, combined with letter evidence. Loads the model once per process.
 */
export class ArticleLanguageDetector
  implements LanguageIdentifier, DocumentLanguageDetector, QueryLanguageDetector
{
  constructor(private readonly model: LanguageModel = sharedLid176Model()) {}

  /** Language, confidence and script of one text (an article's title and opening). */
  detect(text: string): LanguageDetection {
    return detectLanguage(text, this.model);
  }

  /** Per-paragraph languages of a document, with the majority language and the shares. */
  detectDocument(paragraphs: readonly string[]): DocumentLanguage {
    return detectDocumentLanguages(paragraphs, this.model);
  }

  /** Ranked, weighted candidate languages of a search query (favour them, never filter). */
  detectQuery(text: string): QueryLanguages {
    return detectQueryLanguages(text, this.model);
  }
}
