import type { SourceInput } from '../../src/types.js';

/**
 * A small two-outlet story written in wire-copy style: one claim both state the
 * same way, one whose casualty figure differs, and one detail each outlet alone
 * reports. Used where a test needs every section of a report to be non-empty.
 */
export const WIRE_A: SourceInput = {
  label: 'wire-a.txt',
  origin: 'wire-a.txt',
  title: null,
  text: [
    'A gas explosion destroyed a three-storey apartment building in central Lyon early on Monday, fire officials said.',
    'Twelve people were taken to hospital with injuries after the blast, according to the regional fire service.',
    'Residents described hearing a loud bang shortly before 6 a.m. and seeing smoke pour from the upper floors.',
    'The city has opened an inquiry into the maintenance of the building\'s gas pipes.',
  ].join('\n\n'),
};

export const WIRE_B: SourceInput = {
  label: 'wire-b.txt',
  origin: 'wire-b.txt',
  title: null,
  text: [
    'Fifteen people were taken to hospital with injuries after the blast, the regional fire service said.',
    'Fire officials said a gas explosion destroyed a three-storey apartment building in central Lyon early on Monday.',
    'The mayor of Lyon, who visited the site, said temporary housing would be found for the displaced families.',
  ].join('\n\n'),
};
