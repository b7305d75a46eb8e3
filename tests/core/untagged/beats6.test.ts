// The beats corpus's sixth wave (beats wave 5: VOA and agency text, d36-d43): the detector cases
// its dev errors showed, in sentences written for these tests. Labels as in the corpus: the
// detector must report exactly the F spans, and nothing labelled N.
import { test } from 'node:test';
import { checkLabelled as check } from './labelled';

const cases: Record<string, string[]> = {
  'a year said the way years are said, hyphened or capitalised, is a year; a fraction of one percent is one figure': [
    'the biggest decrease since ⟦N|Nineteen-Ninety-One⟧.', 'from the number reported in ⟦N|Two-Thousand⟧.', 'In ⟦N|two thousand four⟧, the United States',
    'That is down ⟦F|seven-tenths of one percent⟧ from last year', '⟦F|just nine-tenths of one percent⟧ of the economy'],
  'North American telephone numbers in 3-3-4 groups are codes, whole': [
    'call the hotline at ⟦N|888-327-4236⟧, Monday through Friday', 'dial ⟦N|1-800-555-0199⟧ or ⟦N|202.366.0209⟧ for ⟦F|24⟧ answers',
    'scores of ⟦E|888-327⟧ and a ⟦F|3-4 percent⟧ rise'],
  'a spelled year after a time word is a year, a spelled count is not': [
    'Since ⟦N|two thousand five⟧, users have doubled', 'by the end of ⟦N|two thousand twelve⟧.', 'until ⟦N|two thousand twelve⟧ when it fell',
    'in ⟦F|two thousand⟧ homes', 'since ⟦N|two thousand⟧ the way we work changed', 'from ⟦F|two thousand five hundred⟧ people'],
  'fractions of a second with the denominator in digits, in words or with "one-"': [
    'Jamaica sliced ⟦F|three-100ths of a second⟧ off the record', 'he won by ⟦F|three one-hundredths of a second⟧',
    'she was ⟦F|two-tenths of a second⟧ slower and ⟦F|five hundredths of a second⟧ ahead', 'the ⟦N|hundredth⟧ anniversary of the race'],
  'two-word units hyphened as a modifier keep both words': [
    'a ⟦F|4,000-square-foot⟧ home sold for ⟦F|$1.2m⟧', 'a ⟦F|50-basis-point⟧ cut', 'a ⟦F|2,500-square-mile⟧ area and a ⟦F|10-percentage-point⟧ lead',
    'the square-foot price of a ⟦F|36,000-acre⟧ ranch'],
  'spaced race distances after "the" are events; a length stays a figure': [
    'he ran the ⟦N|100 meters⟧ on Sunday', 'she won the ⟦N|400 metres⟧ hurdles', 'the ⟦F|100 meters⟧ of fence', 'the wall was ⟦F|100 meters⟧ long',
    'within the ⟦F|200 meters⟧ around the site'],
  'codes with a bracketed letter, display resolutions, golf rounds': [
    'Section ⟦N|401(k)⟧ plans and ⟦N|501(c)(3)⟧ groups', 'a ⟦N|4K⟧ TV and ⟦N|8K⟧ video cost ⟦F|$4K⟧', 'he saved ⟦F|4K dollars⟧',
    'he shot a ⟦N|3-under⟧ ⟦E|69⟧ and an even-par ⟦E|72⟧ to win by ⟦F|two⟧ strokes'],
  'basis points written "bp" glued or spaced, an engine\'s litres glued as "L" after a decimal': [
    'the Fed raised rates by ⟦F|25bp⟧ to ⟦F|5.25-5.5%⟧', 'yields rose ⟦F|25 bp⟧, then ⟦F|10bps⟧', 'the ⟦F|2.5L⟧ engine makes ⟦F|255 horsepower⟧', 'size ⟦N|5L⟧ shirts'],
  'bill numbers, report numbers in spaced groups, letters glued between digits': [
    'a bill, H.R. ⟦N|1⟧, passed and S. ⟦N|2155⟧ failed by ⟦F|12⟧ votes', 'see the DOT HS ⟦N|812 946⟧ report', 'under rule ⟦N|10b-5⟧ today',
    'output of ⟦F|3m-4m tonnes⟧ and a ⟦F|USD 250 000⟧ loan', 'rates rose ⟦F|10bp-15bp⟧'],
  'numbered roads, police block addresses, abbreviated flat numbers': [
    'a crash on the ⟦N|405⟧ freeway killed ⟦F|two⟧', 'a fire in the ⟦N|3100⟧ block of Elm Street', 'in Apt. ⟦N|4C⟧ and Unit ⟦N|12⟧',
    'a ⟦F|100⟧ block of ice', 'the ⟦F|3,000⟧ blocks of flats'],
  'isotopes are names; a temperature written as a modifier is a figure': [
    'carbon-⟦N|14⟧ dating and uranium-⟦N|235⟧ fuel, ⟦F|2 tons⟧ of it', 'a ⟦F|2-degree Celsius⟧ rise and a ⟦F|3.6-degree Fahrenheit⟧ one', 'a ⟦E|90-degree⟧ turn'],
  'megapixels, watts and inches glued, money hyphened as a modifier': [
    'a ⟦F|48MP⟧ camera and a ⟦F|12-megapixel⟧ sensor', 'a ⟦F|6.7in⟧ display and a ⟦F|65W⟧ charger', 'the storm was near ⟦N|25.1N⟧ ⟦N|80.4W⟧',
    'a ⟦F|$5-million⟧ grant, a ⟦F|$4.99⟧-a-month plan and a ⟦F|100-watt⟧ bulb'],
  '"one" before a reduced relative clause stands for a noun': [
    'a last-minute goal is ⟦N|one⟧ scored either in the final minute or in stoppage time', 'the best shot was ⟦N|one⟧ taken by Smith',
    'the toll is ⟦F|one⟧ dead and ⟦F|two⟧ injured', 'it was ⟦F|one⟧ scored goal against ⟦F|three⟧'],
};

for (const [name, list] of Object.entries(cases)) {
  test(name, () => { for (const c of list) check(c); });
}
