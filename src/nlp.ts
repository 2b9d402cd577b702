/**
 * The one wink-nlp instance, created on first use so that importing the
 * library costs nothing (start-up matters for `--format json`, DESIGN §7).
 * wink-nlp was chosen over natural and four other splitters (DESIGN §5).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNlp = ReturnType<typeof winkNLP>;

let instance: WinkNlp | null = null;

/** The shared wink-nlp instance with the full English-lite pipeline. */
export function loadNlp(): WinkNlp {
  if (!instance) instance = winkNLP(model);
  return instance;
}
