import { describe, expect, test } from 'vitest';
import { loadNlp, loadSplitter } from '../src/nlp.js';
import { splitSentences } from '../src/segment/split-sentences.js';
import { segmentDocument } from '../src/segment/segment-document.js';
import { CORPUS_PAIR, corpusInput } from './support/corpus.js';

describe('wink-nlp instances', () => {
  test('small inputs split with the shared instance, large ones with their own', () => {
    expect(loadSplitter(false)).toBe(loadNlp());
    expect(loadSplitter(true)).not.toBe(loadNlp());
    expect(loadSplitter(true)).toBe(loadSplitter(true));
  });

  test('the sentence-detection-only instance finds the same boundaries on real articles', () => {
    for (const path of CORPUS_PAIR) {
      const doc = segmentDocument(corpusInput(path), 0);
      for (const p of doc.paragraphs) {
        const body = doc.text.slice(p.start, p.end);
        expect(splitSentences(body, { large: true })).toEqual(splitSentences(body));
      }
    }
  });

  test('the reduced pipe still tags parts of speech, negation and lemmas', () => {
    const nlp = loadNlp();
    const its = nlp.its;
    const doc = nlp.readDoc('Austin did not meet Gallant on Monday.');
    expect(doc.tokens().out(its.pos)).toEqual(['PROPN', 'AUX', 'PART', 'VERB', 'PROPN', 'ADP', 'PROPN', 'PUNCT']);
    expect(doc.tokens().out(its.negationFlag)).toContain(true);
    expect(doc.tokens().out(its.lemma as never)).toContain('meet');
  });
});

describe('the model assembled from the package parts (src/load-wink-model.ts)', () => {
  test('reads text exactly as the package entry point does: tokens, types, tags, lemmas, stems, stop words, negation, sentences', async () => {
    const winkNLP = (await import('wink-nlp')).default;
    const packaged = (await import('wink-eng-lite-web-model')).default;
    const { loadWinkModel } = await import('../src/load-wink-model.js');
    const pipe = ['sbd', 'negation', 'pos'];
    const reference = winkNLP(packaged, pipe);
    // Two instances of the assembled model, as storydiff makes for large inputs: each must keep its own word cache.
    const ours = [winkNLP(loadWinkModel() as never, pipe), winkNLP(loadWinkModel() as never, pipe)];
    const texts = [
      ...CORPUS_PAIR.map((p) => corpusInput(p).text),
      // Words the model does not know go into the instance's cache: zxqvian, Blorftown, 3.5km.
      'The zxqvian envoy didn’t visit Blorftown; he said it wasn’t 3.5km away. Officials in Blorftown weren’t told.',
      'U.S. Defense Secretary Lloyd J. Austin met Gen. Smith at 7:41 p.m. on Jan. 5. “It is worse,” asserted Austin.',
    ];
    const read = (nlp: ReturnType<typeof winkNLP>, text: string) => {
      const its = nlp.its;
      const doc = nlp.readDoc(text);
      const t = doc.tokens();
      return {
        sentences: doc.sentences().out(),
        values: t.out(its.value), types: t.out(its.type), pos: t.out(its.pos),
        lemmas: t.out(its.lemma as never), stems: t.out(its.stem as never),
        stop: t.out(its.stopWordFlag), negation: t.out(its.negationFlag), normal: t.out(its.normal),
      };
    };
    for (const text of [...texts, ...texts]) for (const nlp of ours) expect(read(nlp, text)).toEqual(read(reference, text));
  });
});
