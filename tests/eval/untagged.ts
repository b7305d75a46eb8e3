// `npm run eval`: how well the untagged-figure detector does on the labelled corpus (dev and
// held-out, printed separately) and on the Recognizers-Text specs. Prints; never asserts
// (tests/core/untagged/eval.test.ts holds the thresholds). `--errors` lists dev errors;
// `--heldout-errors` lists held-out errors, for the record only (never tune on them).
// The beats corpus (tests/corpus/beats, issue 14) is printed too, with the reader's value
// accuracy on its gold values; `--beats-errors` lists its dev errors, `--beats-heldout-errors`
// its held-out errors (record only). "dev 2nd"/"held 2nd" are the second wave alone, "held 3rd"/"held 4th"/"held 5th" the later waves (each read once, after the code of its time);
// "dev 6th"/"held 6th" the sixth wave (beats wave 5) and "held 1-5" the held-out part before it;
// "dev 7th"/"held 7th" the seventh wave (beats wave 6) and "held 1-6" the held-out part before it;
// "dev 8th"/"held 8th" the eighth (its README section "Fourth wave (beats wave 8)") and "held 1-7" the held-out part before it;
// "dev 9th"/"held 9th" the ninth (beats wave 9) and "held 1-8" the held-out part before it; "dev 10th"/"held 10th"
// the tenth (beats wave 10) and "held 1-9" the held-out part before it.
// The drafting waves (tests/corpus/{dev2,heldout2,dev3,heldout3,dev4,heldout4,dev5,heldout5,dev6,heldout6,dev7,heldout7}: F/N/E labels without gold values)
// are scored last, P/R/exact only; `--drafting-dev-errors` lists dev2/dev3 errors (held-out: none).
import { LAST_WAVE, loadBeats, loadSplit, type CorpusSplit } from '../corpus/corpus';
import { scoreArticles, type Score } from './score';
import { scoreRecognizers } from './recognizers';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function print(name: string, s: Score): void {
  console.log(`${name.padEnd(9)} articles ${s.articles}  detections ${s.detections}  TP ${s.truePositives}  FP ${s.falsePositives}  gold F ${s.gold}  recalled ${s.recalled}  exact ${s.exact}`);
  console.log(`${''.padEnd(9)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  exact span ${pct(s.exactRate)}  readable ${pct(s.readableRate)}${s.valued ? `  value+unit right ${s.valueRight}/${s.valued} (${pct(s.valueRate)})` : ''}`);
}

const dev = scoreArticles(loadSplit('dev'));
const heldout = scoreArticles(loadSplit('heldout'));
console.log('Untagged figures: labelled corpus (tests/corpus), vague quantities off');
print('dev', dev);
print('held-out', heldout);
console.log('targets on held-out: precision >= 97%, recall >= 97%, exact span >= 85%');
if (process.argv.includes('--errors')) console.log(`\ndev errors:\n${dev.errors.join('\n')}`);
if (process.argv.includes('--heldout-errors')) console.log(`\nheld-out errors (record only):\n${heldout.errors.join('\n')}`);

const beatsDev = scoreArticles(loadBeats('dev'));
const beatsHeldout = scoreArticles(loadBeats('heldout'));
console.log('\nBeats corpus (tests/corpus/beats: markets, tech, motoring, property, sport, science, business; 2nd wave: weather, health, agriculture, courts, transport, education), vague quantities off');
print('dev', beatsDev);
print('held-out', beatsHeldout);
// the second wave (weather, health, agriculture, courts, transport, education: d16-, h08-) was
// labelled after the detector had been tuned on the first: its held-out line is the unseen-text one
const secondWave = (a: { name: string }) => /^(d(1[6-9]|[2-9]\d)|h(0[89]|1[0-4]))-/.test(a.name);
// the third wave (h15-h18) was labelled after the second wave's code changes, then read once
const thirdWave = (a: { name: string }) => /^h(1[5-8])-/.test(a.name);
// the fourth wave (h19-h21) was labelled after the last code change of the round, then read once
const fourthWave = (a: { name: string }) => /^h(19|2[01])-/.test(a.name);
// the fifth wave (h22-h25) was labelled after the round's last code change, then read once
const fifthWave = (a: { name: string }) => /^h(2[2-5])-/.test(a.name);
// the sixth wave (beats wave 5: h26-h33, d36-d43) was labelled blind and committed alone (649e691)
// before the detector first read it; "held 1-5" is the held-out part without it
const sixthWave = (a: { name: string }) => /^(h(2[6-9]|3[0-3])|d(3[6-9]|4[0-3]))-/.test(a.name);
// the seventh wave (beats wave 6: h34-h40, d44-d50) was labelled blind and committed alone (0d44f7a)
// before the detector first read it; "held 1-6" is the held-out part without it
const seventhWave = (a: { name: string }) => /^(h(3[4-9]|40)|d(4[4-9]|5\d|6[0-3]))-/.test(a.name);
// the eighth wave (h41-h49, d64-d67: Wikinews, NOAA, Census, EPA, VOA, NASA) was labelled blind and its
// held-out part committed alone (5c5c12d) before the detector first read it; "held 1-7" is the held-out part without it
const eighthWave = (a: { name: string }) => /^(h4[1-9]|d6[4-7])-/.test(a.name);
// the ninth wave (beats wave 9: h50-h55, d68-d71; USITC, NHTSA, Army sport, Wikinews) was labelled blind and its
// held-out part committed alone (62bbf66) before the detector first read it; "held 1-8" is the held-out part without it
const ninthWave = (a: { name: string }) => /^(h5[0-5]|d(6[89]|7[01]))-/.test(a.name);
// the tenth wave (beats wave 10: h56-h62, d72-d78; fundus's test pages from UK, Canadian, Australian, Indian,
// Malaysian and African outlets) was labelled blind and its held-out part committed alone (071276f) before the
// detector first read it; "held 1-9" is the held-out part without it
const tenthWave = (a: { name: string }) => /^(h(5[6-9]|6[0-2])|d7[2-8])-/.test(a.name);
// the eleventh wave (beats wave 11: h63-h69, d79-d85; more fundus test pages, UK, Canadian, Australian, South
// African and US outlets) was labelled blind and its held-out part committed alone (9c0a028) before the
// detector first read it; "held 1-10" is the held-out part without it
const eleventhWave = (a: { name: string }) => /^(h6[3-9]|d(79|8[0-5]))-/.test(a.name);
// the twelfth wave (beats wave 12: h70-h76, d86-d92; EIA, Census, NASA, USGS, VOA, NHTSA and armed forces sport
// texts) was labelled blind and its held-out part committed alone (4ab3d45) before the detector first read it;
// "held 1-11" is the held-out part without it
const twelfthWave = (a: { name: string }) => /^(h7[0-6]|d(8[6-9]|9[0-2]))-/.test(a.name);
// the thirteenth wave (beats wave 13: h77-h83, d93-d99; Armed Forces Sports, Wikinews, FAA, Census and HUD, FSIS,
// the Air Force and NIST) was labelled blind and its held-out part committed alone (5ec18b0) before the detector first
// read it; "held 1-12" is the held-out part without it
const thirteenthWave = (a: { name: string }) => /^(h(7[7-9]|8[0-3])|d9[3-9])-/.test(a.name);
// each wave from the sixth on: its dev and held-out lines, then the held-out part without the waves after it
// the fourteenth wave (beats wave 14: h84-h90, d100-d106; ONS, ABS, Stats NZ, Statistics Canada, the Met Office and the
// DfT) was labelled blind and its held-out part committed alone (633f03c) before the detector first read it; "held 1-13"
// is the held-out part without it
const fourteenthWave = (a: { name: string }) => /^(h(8[4-9]|90)|d10[0-6])-/.test(a.name);
// the fifteenth wave (beats wave 15: h91-h97, d107-d113; Armed Forces Sports, EIA, BEA, NIST, NHTSA, FAA, NTSB, NOAA,
// NWS and USDA texts) was labelled blind and its held-out part committed alone (b4ecd71) before the detector first read it;
// "held 1-14" is the held-out part without it
const fifteenthWave = (a: { name: string }) => /^(h9[1-7]|d1(0[7-9]|1[0-3]))-/.test(a.name);
// the sixteenth wave (beats wave 16: h98-h104, d114-d120; Eurostat, ABS, RBA, ONS, Statistics Canada, DCMS, NRCan, NASA,
// DOE, US Army and VOA texts on markets, property, technology, motoring, science and sport) was labelled blind and its
// held-out part committed alone (904a7ad) before the detector first read it; "held 1-15" is the held-out part without it
const sixteenthWave = (a: { name: string }) => /^(h(9[89]|10[0-4])|d1(1[4-9]|20))-/.test(a.name);
// the seventeenth wave (beats wave 17: h105-h111, d121-d127; DVIDS, European Commission, FDIC, US Army, Transport Canada,
// HM Land Registry, DfT, NIST and ECCC texts) was labelled blind and its held-out part committed alone (4b0743a) before
// the detector first read it; "held 1-16" is the held-out part without it
const seventeenthWave = (a: { name: string }) => /^(h1(0[5-9]|1[01])|d12[1-7])-/.test(a.name);
// the eighteenth wave (beats wave 18: h112-h118, d128-d134; US Army, HM Treasury, Geoscience Australia, Stats NZ, Prime
// Minister's Office, DCMS, NASA/JPL, USGS, Met Office, DfT and FHWA texts) was labelled blind and its held-out part
// committed alone (76846f4) before the detector first read it; "held 1-17" is the held-out part without it
const eighteenthWave = (a: { name: string }) => /^(h11[2-8]|d1(2[89]|3[0-4]))-/.test(a.name);
// the nineteenth wave (beats wave 19: h119-h125, d135-d141; Federal Reserve, ONS, Stats NZ, AFPS, Ministry for the
// Environment, Census, DOE, ABS and NIST texts) was labelled blind and its held-out part committed alone (f13519e) before
// the detector first read it; "held 1-18" is the held-out part without it
const nineteenthWave = (a: { name: string }) => /^(h1(19|2[0-5])|d1(3[5-9]|4[01]))-/.test(a.name);
// the twentieth wave (beats wave 20: h126-h132, d142-d148; ABS, BLS, Stats NZ, Eurostat, ONS, USDA, USGS, MBIE, Met Office
// and NZ Government text) was labelled blind and its held-out part committed alone (97cfe14) before the detector first
// read it; "held 1-19" is the held-out part without it
const twentiethWave = (a: { name: string }) => /^(h1(2[6-9]|3[0-2])|d14[2-8])-/.test(a.name);
// the twenty-first wave (beats wave 21: h133-h139, d149-d155; ECB, Federal Reserve, NASA/JPL, DoD and Armed Forces Sports
// text) was labelled blind and its held-out part committed alone (f03f721) before the detector first read it; "held 1-20"
// is the held-out part without it
const twentyFirstWave = (a: { name: string }) => /^(h13[3-9]|d1(49|5[0-5]))-/.test(a.name);
// the twenty-second wave (beats wave 22: h140-h146, d156-d162; outlets' news from the extractor libraries' test pages:
// Reuters, HuffPost, CNET, NYT, BBC, LA Times, Engadget, Nature and others) was labelled blind and its held-out part
// committed alone (334f2c2) before the detector first read it; "held 1-21" is the held-out part without it
const twentySecondWave = (a: { name: string }) => /^(h14[0-6]|d15[6-9]|d16[0-2])-/.test(a.name);
// the twenty-third wave (beats wave 23: h147-h153, d163-d169; outlets' news from trafilatura's, Readability's and
// metascraper's test pages: AnandTech, Recode, The Register, NYT, DW, Ars Technica, Seattle Times and others) was labelled
// blind and its held-out part committed alone (6514e0f) before the detector first read it
const twentyThirdWave = (a: { name: string }) => /^(h1(4[7-9]|5[0-3])|d16[3-9])-/.test(a.name);
// the twenty-fourth wave (beats wave 24: h154-h160, d170-d176; outlets' news from Postlight Parser's test pages:
// 247Sports, National Geographic, Quartz, Bloomberg, CBC, CNBC, the Motley Fool and others) was labelled blind and its
// held-out part committed alone (6894deb) before the detector first read it
const twentyFourthWave = (a: { name: string }) => /^(h1(5[4-9]|60)|d17[0-6])-/.test(a.name);
// the twenty-fifth wave (beats wave 25: h161-h167, d177-d183; outlets' news from Postlight Parser's test pages:
// Gothamist, CNNMoney, Miami Herald, NBC News, SI, Mashable, LA Times, SB Nation, WIRED and others) was labelled blind
// and its held-out part committed alone (feee024) before the detector first read it
const twentyFifthWave = (a: { name: string }) => /^(h16[1-7]|d1(7[7-9]|8[0-3]))-/.test(a.name);
// the twenty-sixth wave (beats wave 26: h168-h172, d184-d188; the last English fundus pages outside the US and Canada:
// Lesotho Times, BBC, Euronews, Mirror, Daily Maverick and others, thin in figures) was labelled blind and its held-out
// part committed alone (f180913) before the detector first read it
const twentySixthWave = (a: { name: string }) => /^(h1(6[89]|7[0-2])|d18[4-8])-/.test(a.name);
// the twenty-seventh wave (beats wave 27: h173-h179, d189-d195; outlets' news from newspaper's full-text test pages:
// 24/7 Wall St., About.com, Cool Hunting, the Motley Fool, Mashable, Space.com, MIT Technology Review and others) was
// labelled blind and its held-out part committed alone (181e6f6) before the detector first read it
const twentySeventhWave = (a: { name: string }) => /^(h17[3-9]|d19[0-5]|d189)-/.test(a.name);
// the twenty-eighth wave (beats wave 28: h180-h186, d196-d202; Voice of America stories: 2020 market wraps, the 2009
// Berlin athletics championships, the iPhone X, World Cup bets, internet.org) was labelled blind and its held-out part
// committed alone (2fe07ac) before the detector first read it
const twentyEighthWave = (a: { name: string }) => /^(h18[0-6]|d19[6-9]|d20[0-2])-/.test(a.name);
// the twenty-ninth wave (beats wave 29: h187-h193, d203-d209; Voice of America stories of 2004 to 2023 on the economy,
// foreclosures, hybrids, subprime loans, climate, Beijing swimming, asteroids and broadband, thin in figures) was labelled
// blind and its held-out part committed alone (d337202) before the detector first read it
const twentyNinthWave = (a: { name: string }) => /^(h1(8[7-9]|9[0-3])|d20[3-9])-/.test(a.name);
// the thirtieth wave (beats wave 30: h194-h200, d210-d216; Voice of America and Global Voices stories of 2002 to 2022
// on airlines, fuel prices, telescopes, metric prefixes, the 2002 World Cup, laptops, an electric car and the kilogram)
// was labelled blind and its held-out part committed alone (4b00080) before the detector first read it
const thirtiethWave = (a: { name: string }) => /^(h19[4-9]|h200|d21[0-6])-/.test(a.name);
// the thirty-first wave (beats wave 31: h201-h207, d217-d223; Voice of America stories on oil prices, SUVs, science
// items, basketball and tablets) was labelled blind and its held-out part committed alone (2f6acee) before the
// detector first read it
const thirtyFirstWave = (a: { name: string }) => /^(h20[1-7]|d21[7-9]|d22[0-3])-/.test(a.name);
// the thirty-second wave (beats wave 32: h208-h214, d224-d230; Voice of America stories on Facebook's IPO, fuel
// efficiency, electric cars, mammoths, baseball and rugby, Apple and Google, Techtonics, geothermal heat, hurricanes)
// was labelled blind and its held-out part committed alone (0432401) before the detector first read it
const thirtySecondWave = (a: { name: string }) => /^(h20[89]|h21[0-4]|d22[4-9]|d230)-/.test(a.name);
// the thirty-third wave (beats wave 33: h215-h221, d231-d237; VOA stories on the housing market, Arctic sea ice, World
// Cups and televisions, and HUD/Census, EIA and NASA texts) was labelled blind and its held-out part committed alone
// (1c58e17) before the detector first read it
const thirtyThirdWave = (a: { name: string }) => /^(h21[5-9]|h22[01]|d23[1-7])-/.test(a.name);
// the thirty-fourth wave (beats wave 34: h222-h228, d238-d244; VOA stories on Apple, Bolivia's and California's electric
// cars, growth and Enceladus, and FHFA, Census/HUD and USDA ERS releases) was labelled blind and its held-out part
// committed alone (e4ef1e4) before the detector first read it
const thirtyFourthWave = (a: { name: string }) => /^(h22[2-8]|d23[89]|d24[0-4])-/.test(a.name);
// the thirty-fifth wave (beats wave 35: h229-h235, d245-d251; VOA stories on GM, Ford and Detroit, harvests and chips,
// and NASA/JPL, Armed Forces Sports and Air Force Academy texts) was labelled blind and its held-out part committed
// alone (e6bc496) before the detector first read it
const thirtyFifthWave = (a: { name: string }) => /^(h229|h23[0-5]|d24[5-9]|d25[01])-/.test(a.name);
// the thirty-sixth wave (beats wave 36: h236-h242, d252-d258; VOA stories on Asian stocks, diesel cars and space, and
// Armed Forces Sports, DVIDS and Air Force volleyball and softball texts) was labelled blind and its held-out part
// committed alone (e326e1b) before the detector first read it
const thirtySixthWave = (a: { name: string }) => /^(h23[6-9]|h24[0-2]|d25[2-8])-/.test(a.name);
// the thirty-seventh wave (beats wave 37: h243-h249, d259-d265; EIA natural gas weeklies, VOA market wraps, a DOE
// fact of the week on horsepower, NASA/JPL texts, Army rugby sevens and VOA football) was labelled blind and its held-out
// part committed alone (253c528) before the detector first read it
const thirtySeventhWave = (a: { name: string }) => /^(h24[3-9]|d259|d26[0-5])-/.test(a.name);
// the thirty-eighth wave (beats wave 38: h250-h256, d266-d272; VOA auto shows and space scripts, This Week at NASA,
// NASA and NIST releases, Armed Forces Sports soccer) was labelled blind and its held-out part committed alone
// (dd06d91) before the detector first read it
const thirtyEighthWave = (a: { name: string }) => /^(h25[0-6]|d26[6-9]|d27[0-2])-/.test(a.name);
// the thirty-ninth wave (beats wave 39: h257-h263, d273-d279; Ofgem, DfT, ONS and HM Land Registry bulletins, Statistics
// Canada, ABS, Stats NZ and Australian government texts, VOA) was labelled blind and its held-out part committed alone
// (d76cf0d) before the detector first read it
const thirtyNinthWave = (a: { name: string }) => /^(h25[7-9]|h26[0-3]|d27[3-9])-/.test(a.name);
// the fortieth wave (beats wave 40: h264-h270, d280-d286; Stats NZ GDP and food prices, ABS retail and building approvals,
// StatCan retail, DfT road traffic, Met Office climate summaries, VOA tennis) was labelled blind and its held-out part
// committed alone (19a1915) before the detector first read it
const fortiethWave = (a: { name: string }) => /^(h26[4-9]|h270|d28[0-6])-/.test(a.name);
// the forty-first wave (beats wave 41: h271-h277, d287-d293; StatCan, DfT and Stats NZ releases, NASA/JPL, NOAA, the Met
// Office, NIST and Armed Forces rugby) was labelled blind and its held-out part committed alone (82b9f32) before the
// detector first read it
const fortyFirstWave = (a: { name: string }) => /^(h27[1-7]|d28[7-9]|d29[0-3])-/.test(a.name);
// the forty-second wave (beats wave 42: h278-h284, d294-d300; StatCan, ABS, Stats NZ and HM Land Registry releases,
// NASA/JPL and USGS texts, Armed Forces triathlon and golf) was labelled blind and its held-out part committed alone
// (2d0aee8) before the detector first read it
const fortySecondWave = (a: { name: string }) => /^(h27[89]|h28[0-4]|d29[4-9]|d300)-/.test(a.name);
// the forty-third wave (beats wave 43: h285-h291, d301-d307; ABS and ONS retail and rental releases, NASA/JPL mission
// status and flybys, Army rugby, Armed Forces and Tinker AFB sport) was labelled blind and its held-out part committed
// alone (bb06a74) before the detector first read it
const fortyThirdWave = (a: { name: string }) => /^(h28[5-9]|h29[01]|d30[1-7])-/.test(a.name);
// the forty-fourth wave (beats wave 44: h292-h298, d308-d314; ONS, ABS, Stats NZ, StatCan, Land Registry and DfT
// releases and a Met Office post) was labelled blind and its held-out part committed alone (b1ad57c) before the
// detector first read it
const fortyFourthWave = (a: { name: string }) => /^(h29[2-8]|d30[89]|d31[0-4])-/.test(a.name);
// the forty-fifth wave (beats wave 45: h299-h305, d315-d321; DOE facts of the week, NASA/JPL Mars Odyssey, MRO, Deep
// Impact, Juno and GOES, USGS Kilauea, Armed Forces cross-country, boxing and bowling) was labelled blind and its held-out
// part committed alone (2050cf0) before the detector first read it
const fortyFifthWave = (a: { name: string }) => /^(h299|h30[0-5]|d31[5-9]|d32[01])-/.test(a.name);
// the forty-sixth wave (beats wave 46: h306-h312, d322-d328; ONS, Stats NZ, StatCan, ABS, HM Land Registry and DfT
// releases and Met Office posts) was labelled blind and its held-out part committed alone (7e0d3c3) before the detector
// first read it
const fortySixthWave = (a: { name: string }) => /^(h30[6-9]|h31[0-2]|d32[2-8])-/.test(a.name);
// the forty-seventh wave (beats wave 47: h313-h319, d329-d335; EIA gasoline, DOE facts of the week, NASA/JPL Dawn,
// Kepler and Opportunity, Wikinews, Armed Forces basketball, NIST clocks and lighting) was labelled blind and its
// held-out part committed alone (b3fdd66) before the detector first read it
const fortySeventhWave = (a: { name: string }) => /^(h31[3-9]|d329|d33[0-5])-/.test(a.name);
// the forty-eighth wave (beats wave 48: h320-h326, d336-d342; ABS, ONS, Ofgem, StatCan, Stats NZ, Met Office and DfT
// releases) was labelled blind and its held-out part committed alone (f9314f2) before the detector first read it
const fortyEighthWave = (a: { name: string }) => /^(h32[0-6]|d33[6-9]|d34[0-2])-/.test(a.name);
// the forty-ninth wave (beats wave 49: h327-h333, d343-d349; EIA natural gas weeklies, a VOA market wrap, NASA/JPL
// Curiosity, Juno and sea level, USGS Kilauea, Armed Forces and JBER sport, NIST) was labelled blind and its held-out
// part committed alone (96fdec9) before the detector first read it
const fortyNinthWave = (a: { name: string }) => /^(h32[7-9]|h33[0-3]|d34[3-9])-/.test(a.name);
// the fiftieth wave (beats wave 50: h334-h340, d350-d356; ABS, Land Registry, Met Office, ONS, Stats NZ, DfT and
// StatCan releases) was labelled blind and its held-out part committed alone (1dab2b3) before the detector first read it
const fiftiethWave = (a: { name: string }) => /^(h33[4-9]|h340|d35[0-6])-/.test(a.name);
// the fifty-first wave (beats wave 51: h341-h347, d357-d363; EIA, EPA, NASA/JPL, NOAA, USGS and DOE texts and a
// Wikinews story) was labelled blind and its held-out part committed alone (3229dd6) before the detector first read it
const fiftyFirstWave = (a: { name: string }) => /^(h34[1-7]|d35[7-9]|d36[0-3])-/.test(a.name);
// the fifty-second wave (beats wave 52: h348-h354, d364-d370; ABS, ONS, StatCan and Stats NZ releases) was labelled
// blind and its held-out part committed alone (5843447) before the detector first read it
const fiftySecondWave = (a: { name: string }) => /^(h34[89]|h35[0-4]|d36[4-9]|d370)-/.test(a.name);
// the fifty-third wave (beats wave 53: h355-h361, d371-d377; NASA/JPL, NASA Goddard, USGS, AFPS and NIST texts) was
// labelled blind and its held-out part committed alone (d939981) before the detector first read it
const fiftyThirdWave = (a: { name: string }) => /^(h35[5-9]|h36[01]|d37[1-7])-/.test(a.name);
// the fifty-fourth wave (beats wave 54: h362-h368, d378-d384; ONS index of production, EIA Today in Energy, ABS new motor
// vehicle sales, NASA, Armed Forces Sports and NIST texts) was labelled blind and its held-out part committed alone (544bcaf)
// before the detector first read it
const fiftyFourthWave = (a: { name: string }) => /^(h36[2-8]|d37[89]|d38[0-4])-/.test(a.name);
// the fifty-fifth wave (beats wave 55: h369-h375, d385-d391; EIA, DfT, Stats NZ, ABS, NASA/JPL, Armed Forces Sports/DVIDS
// and NIST texts) was labelled blind and its held-out part committed alone (06f60e7) before the detector first read it
const fiftyFifthWave = (a: { name: string }) => /^(h369|h37[0-5]|d38[5-9]|d39[01])-/.test(a.name);
// the fifty-sixth wave (beats wave 56: h376-h382, d392-d398; EIA, ABS, Statistics Canada, USGS, NASA, Air Force and
// NIST texts) was labelled blind and its held-out part committed alone (c3caae5) before the detector first read it
const fiftySixthWave = (a: { name: string }) => /^(h37[6-9]|h38[0-2]|d39[2-8])-/.test(a.name);
// the fifty-seventh wave (beats wave 57: h383-h389, d399-d405; ONS, EIA, ABS, Met Office, USGS, NASA/JPL, Air Force,
// Army and DVIDS texts) was labelled blind and its held-out part committed alone (bb4df21) before the detector first read it
const fiftySeventhWave = (a: { name: string }) => /^(h38[3-9]|d399|d40[0-5])-/.test(a.name);
// the fifty-eighth wave (beats wave 58: h390-h396, d406-d412; Stats NZ, EIA, ONS, NASA/JPL, Air Force, DVIDS and JBSA
// texts) was labelled blind and its held-out part committed alone (e85946a) before the detector first read it
const fiftyEighthWave = (a: { name: string }) => /^(h39[0-6]|d40[6-9]|d41[0-2])-/.test(a.name);
// the fifty-ninth wave (beats wave 59: h397-h403, d413-d419; StatCan, NASA/JPL, NSSDC, Army, Air Force, Armed Forces
// Sports and DVIDS texts) was labelled blind and its held-out part committed alone (afb9793) before the detector first read it
const fiftyNinthWave = (a: { name: string }) => /^(h39[7-9]|h40[0-3]|d41[3-9])-/.test(a.name);
const sixtiethWave = (a: { name: string }) => /^(h40[4-9]|h410|d42[0-6])-/.test(a.name);
const sixtyFirstWave = (a: { name: string }) => /^(h41[1-7]|d42[7-9]|d43[0-3])-/.test(a.name);
const sixtySecondWave = (a: { name: string }) => /^(h41[89]|h42[0-4]|d43[4-9]|d440)-/.test(a.name);
const sixtyThirdWave = (a: { name: string }) => /^(h42[5-9]|h43[01]|d44[1-7])-/.test(a.name);
const sixtyFourthWave = (a: { name: string }) => /^(h43[2-7]|d44[89]|d45[0-3])-/.test(a.name);
const sixtyFifthWave = (a: { name: string }) => /^(h43[89]|h44[0-4]|d45[4-9]|d460)-/.test(a.name);
const sixtySixthWave = (a: { name: string }) => /^(h44[5-9]|h45[01]|d46[1-7])-/.test(a.name);
const sixtySeventhWave = (a: { name: string }) => /^(h45[2-8]|d46[89]|d47[0-4])-/.test(a.name);
const sixtyEighthWave = (a: { name: string }) => /^(h459|h46[0-5]|d47[5-9]|d48[01])-/.test(a.name);
const sixtyNinthWave = (a: { name: string }) => /^(h46[6-9]|h47[0-2]|d48[2-8])-/.test(a.name);
const seventiethWave = (a: { name: string }) => /^(h47[3-9]|d489|d49[0-5])-/.test(a.name);
const seventyFirstWave = (a: { name: string }) => /^(h48[0-6]|d49[6-9]|d50[0-2])-/.test(a.name);
const seventySecondWave = (a: { name: string }) => /^(h48[7-9]|h49[0-3]|d50[3-9])-/.test(a.name);
const seventyThirdWave = (a: { name: string }) => /^(h49[4-9]|h500|d51[0-6])-/.test(a.name);
const seventyFourthWave = (a: { name: string }) => /^(h50[1-7]|d51[7-9]|d52[0-3])-/.test(a.name);
const seventyFifthWave = (a: { name: string }) => /^(h50[89]|h51[0-4]|d52[4-9]|d530)-/.test(a.name);
const seventySixthWave = (a: { name: string }) => /^(h51[5-9]|h52[01]|d53[1-7])-/.test(a.name);
const seventySeventhWave = (a: { name: string }) => /^(h52[2-8]|d53[89]|d54[0-4])-/.test(a.name);
const seventyEighthWave = (a: { name: string }) => /^(h529|h53[0-5]|d54[5-9]|d55[01])-/.test(a.name);
const seventyNinthWave = (a: { name: string }) => /^(h53[6-9]|h54[0-2]|d55[2-8])-/.test(a.name);
const eightiethWave = (a: { name: string }) => /^(h54[3-9]|d5(?:59|6[0-5]))-/.test(a.name);
const eightyFirstWave = (a: { name: string }) => /^(h55[0-6]|d56[6-9]|d57[0-2])-/.test(a.name);
const eightySecondWave = (a: { name: string }) => /^(h55[7-9]|h56[0-3]|d57[3-9])-/.test(a.name);
const eightyThirdWave = (a: { name: string }) => /^(h56[4-9]|h570|d58[0-6])-/.test(a.name);
const eightyFourthWave = (a: { name: string }) => /^(h57[1-7]|d58[7-9]|d59[0-3])-/.test(a.name);
const eightyFifthWave = (a: { name: string }) => /^(h57[89]|h58[0-4]|d59[4-9]|d600)-/.test(a.name);
const eightySixthWave = (a: { name: string }) => /^(h58[5-9]|h59[01]|d60[1-7])-/.test(a.name);
const eightySeventhWave = (a: { name: string }) => /^(h59[2-8]|d60[89]|d61[0-4])-/.test(a.name);
const eightyEighthWave = (a: { name: string }) => /^(h599|h60[0-5]|d61[5-9]|d62[01])-/.test(a.name);
const eightyNinthWave = (a: { name: string }) => /^(h60[6-9]|h61[0-2]|d62[2-8])-/.test(a.name);
const ninetiethWave = (a: { name: string }) => /^(h61[3-9]|d629|d63[0-5])-/.test(a.name);
const ninetyFirstWave = (a: { name: string }) => /^(h62[0-6]|d63[6-9]|d64[0-2])-/.test(a.name);
const ninetySecondWave = (a: { name: string }) => /^(h62[7-9]|h63[01]|d64[3-7])-/.test(a.name);
const ninetyThirdWave = (a: { name: string }) => /^(h63[2-6]|d64[89]|d65[0-2])-/.test(a.name);
const ninetyFourthWave = (a: { name: string }) => /^(h63[7-9]|h64[01]|d65[3-7])-/.test(a.name);
const ninetyFifthWave = (a: { name: string }) => /^(h64[2-6]|d65[89]|d66[0-2])-/.test(a.name);
const ninetySixthWave = (a: { name: string }) => /^(h64[7-9]|h65[01]|d66[3-7])-/.test(a.name);
const ninetySeventhWave = (a: { name: string }) => /^(h65[2-8]|d66[89]|d67[0-4])-/.test(a.name);
const ninetyEighthWave = (a: { name: string }) => /^(h659|h66[0-4]|d67[5-9]|d680)-/.test(a.name);
const ninetyNinthWave = (a: { name: string }) => /^(h66[5-9]|d68[1-5])-/.test(a.name);
const hundredthWave = (a: { name: string }) => /^(h67[0-4]|d68[6-9]|d690)-/.test(a.name);
const hundredAndFirstWave = (a: { name: string }) => /^(h67[5-9]|d69[1-5])-/.test(a.name);
const hundredAndSecondWave = (a: { name: string }) => /^(h68[0-4]|d69[6-9]|d700)-/.test(a.name);
const hundredAndThirdWave = (a: { name: string }) => /^(h68[5-9]|d70[1-5])-/.test(a.name);
const hundredAndFourthWave = (a: { name: string }) => /^(h69[0-4]|d70[6-9]|d710)-/.test(a.name);
const hundredAndFifthWave = (a: { name: string }) => /^(h69[5-9]|d71[1-5])-/.test(a.name);
const hundredAndSixthWave = (a: { name: string }) => /^(h70[0-4]|d71[6-9]|d720)-/.test(a.name);
const hundredAndSeventhWave = (a: { name: string }) => /^(h70[5-9]|d72[1-5])-/.test(a.name);
const hundredAndEighthWave = (a: { name: string }) => /^(h71[0-4]|d72[6-9]|d730)-/.test(a.name);
const hundredAndNinthWave = (a: { name: string }) => /^(h71[5-9]|d73[1-5])-/.test(a.name);
const hundredAndTenthWave = (a: { name: string }) => /^(h72[0-4]|d73[6-9]|d740)-/.test(a.name);
const hundredAndEleventhWave = (a: { name: string }) => /^(h72[5-9]|d74[1-5])-/.test(a.name);
const hundredAndTwelfthWave = (a: { name: string }) => /^(h73[0-4]|d74[6-9]|d750)-/.test(a.name);
const hundredAndThirteenthWave = (a: { name: string }) => /^(h73[5-9]|d75[1-5])-/.test(a.name);
const hundredAndFourteenthWave = (a: { name: string }) => /^(h74[0-4]|d75[6-8])-/.test(a.name);
const hundredAndFifteenthWave = (a: { name: string }) => /^(h74[5-9]|d759|d76[01])-/.test(a.name);
const hundredAndSixteenthWave = (a: { name: string }) => /^(h75[0-4]|d76[2-6])-/.test(a.name);
const hundredAndSeventeenthWave = (a: { name: string }) => /^(h75[5-9]|d76[7-9]|d77[01])-/.test(a.name);
const hundredAndEighteenthWave = (a: { name: string }) => /^(h76[0-4]|d77[2-6])-/.test(a.name);
const hundredAndNineteenthWave = (a: { name: string }) => /^(h76[5-9]|d77[7-9]|d78[01])-/.test(a.name);
const hundredAndTwentiethWave = (a: { name: string }) => /^(h77[0-4]|d78[2-6])-/.test(a.name);
const hundredAndTwentyFirstWave = (a: { name: string }) => /^(h77[5-8]|d78[7-9])-/.test(a.name);
const hundredAndTwentySecondWave = (a: { name: string }) => /^(h78[0-4]|d79[0-4])-/.test(a.name);
const hundredAndTwentyThirdWave = (a: { name: string }) => /^(h78[5-9]|d79[5-9])-/.test(a.name);
const hundredAndTwentyFourthWave = (a: { name: string }) => /^(h79[0-4]|d80[0-4])-/.test(a.name);
const hundredAndTwentyFifthWave = (a: { name: string }) => /^(h79[5-9]|d80[5-9])-/.test(a.name);
const hundredAndTwentySixthWave = (a: { name: string }) => /^(h80[0-4]|d81[0-4])-/.test(a.name);
const hundredAndTwentySeventhWave = (a: { name: string }) => /^(h80[5-9]|d81[5-9])-/.test(a.name);
const hundredAndTwentyEighthWave = (a: { name: string }) => /^(h81[0-4]|d82[0-4])-/.test(a.name);
const hundredAndTwentyNinthWave = (a: { name: string }) => /^(h81[5-9]|d82[5-9])-/.test(a.name);
const hundredAndThirtiethWave = (a: { name: string }) => /^(h82[0-4]|d83[0-4])-/.test(a.name);
const hundredAndThirtyFirstWave = (a: { name: string }) => /^(h82[5-9]|d83[5-9])-/.test(a.name);
const hundredAndThirtySecondWave = (a: { name: string }) => /^(h83[0-4]|d84[0-4])-/.test(a.name);
const hundredAndThirtyThirdWave = (a: { name: string }) => /^(h83[5-9]|d84[5-9])-/.test(a.name);
const hundredAndThirtyFourthWave = (a: { name: string }) => /^(h84[0-4]|d85[0-4])-/.test(a.name);
const hundredAndThirtyFifthWave = (a: { name: string }) => /^(h84[5-9]|d85[5-9])-/.test(a.name);
const hundredAndThirtySixthWave = (a: { name: string }) => /^(h85[0-4]|d86[0-4])-/.test(a.name);
const hundredAndThirtySeventhWave = (a: { name: string }) => /^(h85[5-9]|d86[5-9])-/.test(a.name);
const hundredAndThirtyEighthWave = (a: { name: string }) => /^(h86[0-4]|d87[0-4])-/.test(a.name);
const hundredAndThirtyNinthWave = (a: { name: string }) => /^(h86[5-9]|d87[5-9])-/.test(a.name);
const hundredAndFortiethWave = (a: { name: string }) => /^(h87[0-4]|d88[0-4])-/.test(a.name);
const hundredAndFortyFirstWave = (a: { name: string }) => /^(h87[5-9]|d88[5-9])-/.test(a.name);
const hundredAndFortySecondWave = (a: { name: string }) => /^(h88[0-4]|d89[0-4])-/.test(a.name);
const hundredAndFortyThirdWave = (a: { name: string }) => /^(h88[5-9]|d89[5-9])-/.test(a.name);
const hundredAndFortyFourthWave = (a: { name: string }) => /^(h89[0-4]|d90[0-4])-/.test(a.name);
const hundredAndFortyFifthWave = (a: { name: string }) => /^(h89[5-9]|d90[5-9])-/.test(a.name);
const laterWaves = [[6, sixthWave], [7, seventhWave], [8, eighthWave], [9, ninthWave], [10, tenthWave], [11, eleventhWave], [12, twelfthWave], [13, thirteenthWave], [14, fourteenthWave], [15, fifteenthWave], [16, sixteenthWave], [17, seventeenthWave], [18, eighteenthWave], [19, nineteenthWave], [20, twentiethWave], [21, twentyFirstWave], [22, twentySecondWave], [23, twentyThirdWave], [24, twentyFourthWave], [25, twentyFifthWave], [26, twentySixthWave], [27, twentySeventhWave], [28, twentyEighthWave], [29, twentyNinthWave], [30, thirtiethWave], [31, thirtyFirstWave], [32, thirtySecondWave], [33, thirtyThirdWave], [34, thirtyFourthWave], [35, thirtyFifthWave], [36, thirtySixthWave], [37, thirtySeventhWave], [38, thirtyEighthWave], [39, thirtyNinthWave], [40, fortiethWave], [41, fortyFirstWave], [42, fortySecondWave], [43, fortyThirdWave], [44, fortyFourthWave], [45, fortyFifthWave], [46, fortySixthWave], [47, fortySeventhWave], [48, fortyEighthWave], [49, fortyNinthWave], [50, fiftiethWave], [51, fiftyFirstWave], [52, fiftySecondWave], [53, fiftyThirdWave], [54, fiftyFourthWave], [55, fiftyFifthWave], [56, fiftySixthWave], [57, fiftySeventhWave], [58, fiftyEighthWave], [59, fiftyNinthWave], [60, sixtiethWave], [61, sixtyFirstWave], [62, sixtySecondWave], [63, sixtyThirdWave], [64, sixtyFourthWave], [65, sixtyFifthWave], [66, sixtySixthWave], [67, sixtySeventhWave], [68, sixtyEighthWave], [69, sixtyNinthWave], [70, seventiethWave], [71, seventyFirstWave], [72, seventySecondWave], [73, seventyThirdWave], [74, seventyFourthWave], [75, seventyFifthWave], [76, seventySixthWave], [77, seventySeventhWave], [78, seventyEighthWave], [79, seventyNinthWave], [80, eightiethWave], [81, eightyFirstWave], [82, eightySecondWave], [83, eightyThirdWave], [84, eightyFourthWave], [85, eightyFifthWave], [86, eightySixthWave], [87, eightySeventhWave], [88, eightyEighthWave], [89, eightyNinthWave], [90, ninetiethWave], [91, ninetyFirstWave], [92, ninetySecondWave], [93, ninetyThirdWave], [94, ninetyFourthWave], [95, ninetyFifthWave], [96, ninetySixthWave], [97, ninetySeventhWave], [98, ninetyEighthWave], [99, ninetyNinthWave], [100, hundredthWave], [101, hundredAndFirstWave], [102, hundredAndSecondWave], [103, hundredAndThirdWave], [104, hundredAndFourthWave], [105, hundredAndFifthWave], [106, hundredAndSixthWave], [107, hundredAndSeventhWave], [108, hundredAndEighthWave], [109, hundredAndNinthWave], [110, hundredAndTenthWave], [111, hundredAndEleventhWave], [112, hundredAndTwelfthWave], [113, hundredAndThirteenthWave], [114, hundredAndFourteenthWave], [115, hundredAndFifteenthWave], [116, hundredAndSixteenthWave], [117, hundredAndSeventeenthWave], [118, hundredAndEighteenthWave], [119, hundredAndNineteenthWave], [120, hundredAndTwentiethWave], [121, hundredAndTwentyFirstWave], [122, hundredAndTwentySecondWave], [123, hundredAndTwentyThirdWave], [124, hundredAndTwentyFourthWave], [125, hundredAndTwentyFifthWave], [126, hundredAndTwentySixthWave], [127, hundredAndTwentySeventhWave], [128, hundredAndTwentyEighthWave], [129, hundredAndTwentyNinthWave], [130, hundredAndThirtiethWave], [131, hundredAndThirtyFirstWave], [132, hundredAndThirtySecondWave], [133, hundredAndThirtyThirdWave], [134, hundredAndThirtyFourthWave], [135, hundredAndThirtyFifthWave], [136, hundredAndThirtySixthWave], [137, hundredAndThirtySeventhWave], [138, hundredAndThirtyEighthWave], [139, hundredAndThirtyNinthWave], [140, hundredAndFortiethWave], [141, hundredAndFortyFirstWave], [142, hundredAndFortySecondWave], [143, hundredAndFortyThirdWave], [144, hundredAndFortyFourthWave], [145, hundredAndFortyFifthWave]] as const;
// "21st", "22nd", "23rd", "24th"
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
const after = (n: number) => (a: { name: string }) => !laterWaves.some(([m, wave]) => m > n && wave(a));
print('dev 2nd', scoreArticles(loadBeats('dev').filter(secondWave)));
print('held 2nd', scoreArticles(loadBeats('heldout').filter(secondWave)));
print('held 3rd', scoreArticles(loadBeats('heldout').filter(thirdWave)));
print('held 4th', scoreArticles(loadBeats('heldout').filter(fourthWave)));
print('held 5th', scoreArticles(loadBeats('heldout').filter(fifthWave)));
print('held 1-5', scoreArticles(loadBeats('heldout').filter(after(5))));
for (const [n, wave] of laterWaves) {
  if (n > 6) print(`held 1-${n - 1}`, scoreArticles(loadBeats('heldout').filter(after(n - 1))));
  print(`dev ${ordinal(n)}`, scoreArticles(loadBeats('dev').filter(wave)));
  print(`held ${ordinal(n)}`, scoreArticles(loadBeats('heldout').filter(wave)));
}
console.log('targets on held-out (issue 14): precision >= 98%, recall >= 98%, exact span >= 92%, value+unit right >= 97%');
if (process.argv.includes('--beats-errors')) console.log(`\nbeats dev errors:\n${beatsDev.errors.join('\n')}`);
if (process.argv.includes('--beats-heldout-errors')) console.log(`\nbeats held-out errors (record only):\n${beatsHeldout.errors.join('\n')}`);

// heldout2 (labelled at 5b03ab0) and heldout3 (at 8a35bdd) were labelled by sessions that never saw
// detector output: a fair held-out measure. Their errors are not listed (never tune on them).
const dev2 = scoreArticles(loadSplit('dev2'));
const dev3 = scoreArticles(loadSplit('dev3'));
console.log(`\nDrafting corpus waves (tests/corpus/devN, heldoutN for N = 2 to ${LAST_WAVE}; no gold values), vague quantities off`);
print('dev2', dev2);
print('dev3', dev3);
print('held-out2', scoreArticles(loadSplit('heldout2')));
print('held-out3', scoreArticles(loadSplit('heldout3')));
// the later waves (the commits that labelled each: tests/eval/draft.ts, WAVES), each by a session that never saw detector output either
const later = Array.from({ length: LAST_WAVE - 3 }, (_, i) => i + 4).map((n) => {
  const dev = scoreArticles(loadSplit(`dev${n}` as CorpusSplit));
  print(`dev${n}`, dev);
  print(`held-out${n}`, scoreArticles(loadSplit(`heldout${n}` as CorpusSplit)));
  return { n, dev };
});
if (process.argv.includes('--drafting-dev-errors')) {
  console.log([{ n: 2, dev: dev2 }, { n: 3, dev: dev3 }, ...later].map(({ n, dev }) => `\ndev${n} errors:\n${dev.errors.join('\n')}`).join('\n'));
}

console.log('\nRecognizers-Text English specs as span checks (results that fit the figure policy):');
for (const r of scoreRecognizers()) {
  console.log(`${r.model.padEnd(17)} kept ${r.kept}  found ${r.found} (${pct(r.kept ? r.found / r.kept : 1)})  exact span ${r.exact} (${pct(r.kept ? r.exact / r.kept : 1)})  dropped ${Object.values(r.dropped).reduce((a, b) => a + b, 0)}`);
  for (const [why, n] of Object.entries(r.dropped)) console.log(`    dropped ${n}: ${why}`);
  if (process.argv.includes('--errors')) for (const m of r.misses) console.log(`    miss ${m}`);
}
