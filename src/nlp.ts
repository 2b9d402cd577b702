/**
 * The wink-nlp instances, created on first use so that importing the library
 * costs nothing (start-up matters for `--format json`, DESIGN §7).
 * wink-nlp was chosen over natural and four other splitters (DESIGN §5).
 */
import winkNLP from 'wink-nlp';
import { loadWinkModel } from './load-wink-model.js';

type WinkNlp = ReturnType<typeof winkNLP>;

/**
 * The annotations storydiff reads: sentence boundaries, negation flags, and
 * part-of-speech tags with lemmas. Named-entity recognition, sentiment and
 * custom entities are never read, and skipping them makes every readDoc about
 * a third cheaper (measured on ECB+ sentences). Token values, types, stems,
 * stop-word flags, lemmas and tags do not depend on the skipped steps
 * (wink-nlp runs them after sentence detection and they only add entity lists
 * and sentiment scores), so the output is the same.
 */
const PIPE = ['sbd', 'negation', 'pos'];

/** Only sentence boundaries: what segmentation needs (sbd runs first in wink's pipe, so it sees the same input). */
const SPLIT_PIPE = ['sbd'];

let instance: WinkNlp | null = null;
let splitter: WinkNlp | null = null;
let model: ReturnType<typeof loadWinkModel> | null = null;
/** wink's model, read on first use (not when the library is imported). */
const theModel = () => (model ??= loadWinkModel()) as unknown as Parameters<typeof winkNLP>[0];

/** The shared wink-nlp instance with the annotations the feature extractor reads. */
export function loadNlp(): WinkNlp {
  if (!instance) instance = winkNLP(theModel(), PIPE);
  return instance;
}

/**
 * An instance for sentence splitting. Creating a second instance costs about as
 * much as the first (wink reads its whole model each time, ~0.1 s), so small
 * inputs share the main one; for large inputs (`large`), a sentence-detection-only
 * instance pays for itself several times over (3× faster per paragraph).
 * Both give the same sentence boundaries.
 */
export function loadSplitter(large: boolean): WinkNlp {
  if (!large) return loadNlp();
  if (!splitter) splitter = winkNLP(theModel(), SPLIT_PIPE);
  return splitter;
}

