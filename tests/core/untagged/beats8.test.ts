// The beats corpus's eighth dev batch (beats wave 7: NTSB data fields, Federal Register notices,
// court orders with citations and legal descriptions, NASA/NOAA releases, MMWR, the Congressional
// Record, SEC orders; d56-d63): the detector cases its dev errors showed, in sentences written for
// these tests (and the eighth and ninth drafting waves' dev cases: clocks, price bases, paired years, page-name dates). Labels as in the corpus: the detector must report exactly the F spans, and nothing labelled N.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';
import { checkLabelled as check } from './labelled';

const cases: Record<string, string[]> = {
  'document serials and page spans are codes, not ranges': [
    '[Pages ⟦N|21796-21797⟧] [FR Doc No: ⟦N|2015-08961⟧]', 'FR Doc No: ⟦N|2017-18990⟧ follows', 'Civil Action ⟦N|20-02104⟧ (GC)',
    'ceilings ⟦F|200-300 ft⟧ above ground level', '⟦F|between 10-15⟧ people', 'the ⟦N|2015-2016⟧ season'],
  'reporter citations, CFR and title numbers of the United States Code': [
    '⟦N|865⟧ F. Supp. ⟦N|709⟧ (D. Colo.)', 'the Federal Register (⟦N|1⟧ CFR Ch. I)', 'to amend title ⟦N|49⟧, United States Code, to',
    'it cost ⟦F|$709⟧ in all'],
  'a sum or a number right after "v." names an in rem case': [
    'United States v. ⟦N|$38,000.00⟧ in U.S. Currency, and', 'United States v. ⟦N|Two⟧ Parcels of Real Property,', 'Plaintiff, v. ⟦N|TWO⟧ PARCELS OF REAL PROPERTY', 'United States v. ⟦N|One⟧ Parcel of Land', 'and ⟦F|$2,800|v=2800⟧ seized from him'],
  'bearings, a spaced hash sign, spaced resolution abbreviations, lists joined by "&"': [
    'thence run N67°-⟦N|55⟧\'-⟦N|19⟧"E along said R/W ⟦F|394.10 feet⟧', '(Doc. # ⟦N|270⟧).', 'follows: H. Res. ⟦N|863⟧ Resolved, That',
    '(ECF Nos. ⟦N|56⟧ & ⟦N|59⟧.) The Court', 'it had ⟦F|59⟧ members'],
  'subsections in brackets: glued to the section, after another bracket, opening a quotation': [
    'Sections ⟦N|206⟧(⟦N|2⟧) and', 'Rule ⟦N|206⟧(⟦N|4⟧)-(⟦N|7⟧) thereunder', 'Local Civil Rule ⟦N|78.1⟧(b). For',
    '§ ⟦N|881⟧(a) (⟦N|7⟧), is', 'provides: "(⟦N|7⟧) All real property', 'founded in ⟦N|1946⟧ (⟦N|1⟧). The'],
  'a 24-hour clock time before a time zone in words or after "Time:"': [
    'at ⟦N|1700⟧ eastern daylight time, a glider', 'Observation Time: ⟦N|1554⟧. Distance', 'it had ⟦F|1700⟧ members'],
  '"halves" without a count, a parcel\'s number, statute miles': [
    'the fairing ⟦N|halves⟧ will protect it', 'inside ⟦F|two⟧ payload fairing ⟦N|halves⟧', 'the corner of parcel ⟦N|one⟧ shown hereon',
    'Visibility: ⟦F|10 statute miles⟧.'],
  'a report\'s clock after "about" or "at" with a comma or "local" after it; a price base year': [
    'About ⟦N|1600⟧, he heard the pilot', 'at ⟦N|1435⟧ local time the airplane', '⟦F|about 1600⟧ people were evacuated', 'at ⟦F|1,600⟧, the count was final',
    'Constant ⟦N|2016⟧ dollars are used', 'fares in ⟦N|2009⟧ U.S. dollars rose', 'it cost ⟦F|2016 dollars⟧ to fix'],
  'a year said in two pairs, a page name\'s date, a date written with spaces': [
    'the bombing in ⟦N|nineteen eighty eight⟧ has', 'since ⟦N|nineteen seventy-four⟧ the island', 'in ⟦F|nineteen⟧ cases',
    'Category:July ⟦N|23⟧, ⟦N|2010⟧ Today', 'Briefs/April ⟦N|21⟧, ⟦N|2012⟧ China', 'transcript – ⟦N|2005⟧ ⟦N|05 20⟧ – ⟦N|0600⟧ UTC'],
  'a margin of error after "±" is either way, not reported': [
    'This is ⟦F|1.5 percent⟧ (±⟦E|1.1%⟧) above the rate', 'up ⟦F|6.3 percent⟧ (± ⟦E|9.3 percent⟧)* from', 'the margin was ±⟦E|16.2%⟧.'],
  'a spelled mixed number with its fraction spelled too': [
    'possessing ⟦F|one and one half grams⟧ of it', 'up ⟦F|two and one-quarter percent⟧ this year', 'for ⟦F|three and three quarters miles⟧ along', '⟦F|over one and a half million⟧ people'],
};

for (const [name, lines] of Object.entries(cases)) {
  test(name, () => { for (const line of lines) check(line.replace(/\|v=[^⟧]*/g, '')); });
}

test('the reader reads statute miles as miles', () => {
  const r = readFigure('10 statute miles');
  assert.ok(r.ok && r.value.low === 10 && r.value.unit === 'mi');
});

test('the reader reads spelled mixed numbers with their fraction spelled', () => {
  for (const [text, value] of [['one and one half grams', 1.5], ['two and one-quarter percent', 2.25], ['three and three quarters miles', 3.75]] as const) {
    const r = readFigure(text);
    assert.ok(r.ok && Math.abs(r.value.low - value) < 1e-9, text);
  }
});
