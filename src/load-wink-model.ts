/**
 * The English model for wink-nlp, assembled from wink-eng-lite-web-model's own
 * parts (pinned at 1.8.1), for start-up: `-f json` on two short articles is
 * mostly Node's start and this model's load (DESIGN §7 wants it within ~6× a
 * bare `node -e 0`). The package's entry point costs ~50 ms that storydiff
 * never uses:
 *  - its core loader deep-copies the whole parsed 3 MB model
 *    (JSON.parse(JSON.stringify(model))) on every load, so that instances do
 *    not share what wink's cache adds to the model's feature lists; here each
 *    instance gets its own copies of exactly those lists and hashes instead;
 *  - wink builds the named-entity and sentiment machines whatever the pipe
 *    (0.6 MB of JSON parsed twice); storydiff never runs either (nlp.ts PIPE),
 *    so they are empty here.
 * Everything else is the package's own code. test/nlp.test.ts checks that
 * tokens, tags, lemmas, negation and sentence boundaries are the same as with
 * the package's entry point.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DIST = 'wink-eng-lite-web-model/dist/';

/** The parsed core model as shipped: shared, never changed (each instance gets copies of what it changes). */
interface CoreJson {
  lexicon: string;
  xpansions: string;
  packing: { layout: Record<string, number[]>; [k: string]: unknown };
  features: Record<string, { list: Array<string | Set<number>>; hash?: Record<string, number>; [k: string]: unknown }> & {
    lexeme: { list: string[] };
    posClusters: { list: Array<string | Set<number>> };
  };
  pos: { hash: Record<string, number> };
  [k: string]: unknown;
}

let coreJson: CoreJson | null = null;

function bufferFromBase64(data: string): ArrayBuffer {
  const decoded = atob(data);
  const bytes = new Uint8Array(decoded.length);
  for (let k = 0; k < decoded.length; k++) bytes[k] = decoded.charCodeAt(k);
  return bytes.buffer;
}

/** read-core-model.js + load-core-model.js of the package, on per-instance copies of the parts wink changes. */
function loadCore(): unknown {
  coreJson ??= require(`${DIST}languages/cur/models/eng-core-web-model.json`) as CoreJson;
  const json = coreJson;
  const features: Record<string, Record<string, unknown>> = {};
  for (const [name, f] of Object.entries(json.features)) features[name] = { ...f, list: Array.isArray(f.list) ? f.list.slice() : f.list };
  const model = {
    ...json,
    packing: { ...json.packing },
    features,
    lexicon: new Uint32Array(bufferFromBase64(json.lexicon)),
    xpansions: new Uint32Array(bufferFromBase64(json.xpansions)),
  } as unknown as {
    packing: { layout: Record<string, number[]>; efList: string[] };
    features: Record<string, { list: unknown[]; hash: Record<string, number>; intrinsicSize: number; index: number; maxIndex: number }>;
    pos: { hash: Record<string, number> };
  };
  const layout = model.packing.layout;
  for (const f in layout) {
    if (layout[f][3] !== 0) continue;
    const hash: Record<string, number> = Object.create(null);
    const list = model.features[f].list as string[];
    for (let k = 0; k < list.length; k++) hash[list[k]] = k;
    model.features[f].hash = hash;
  }
  const lexemes = model.features.lexeme;
  lexemes.hash = Object.create(null);
  for (let k = 0; k < lexemes.list.length; k++) lexemes.hash[lexemes.list[k] as string] = k;
  const clusters = model.features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => model.pos.hash[e] || 0));
  model.packing.efList = [];
  for (const f in layout) {
    if (layout[f][3] === 0) {
      const feature = model.features[f];
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[f][1] >>> layout[f][2];
    }
    if (layout[f][4] === 1) model.packing.efList.push(f);
  }
  lexemes.intrinsicSize = lexemes.list.length;
  lexemes.index = lexemes.list.length;
  return model;
}

/** An automaton that recognises nothing (wink's own emptyModelJSON). */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/** The model object wink-nlp takes (the shape of the package's dist/model.js). */
export function loadWinkModel(): Record<string, unknown> {
  const model: Record<string, unknown> = Object.create(null);
  model.core = loadCore;
  model.sbd = require(`${DIST}load-sbd-model.js`);
  model.pos = require(`${DIST}load-pos-model.js`);
  model.negation = require(`${DIST}load-negation-model.js`);
  model.metaCER = require(`${DIST}load-cer-meta-model.js`);
  model.ner = () => ({ machines: [], transformers: [] });
  model.sa = () => ({ machines: [EMPTY_MACHINE], setter: () => {} });
  model.featureFn = require(`${DIST}feature.js`);
  const addons: Record<string, unknown> = Object.create(null);
  addons.stem = require(`${DIST}porter-stemmer.js`);
  addons.lemmatize = require(`${DIST}lemmatize.js`);
  addons.readabilityStats = require(`${DIST}readability-stats.js`);
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}
