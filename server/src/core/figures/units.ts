// The unit catalogue: canonical unit ids, their dimension and factor to the dimension's base
// unit, and the written forms ("square kilometres", "km²", "sq km") that name each of them.
// Rates ("per day") are built from a base unit id plus '/day' (see rateUnit).

/** What a canonical unit id means: its dimension and how to convert it to the dimension's base unit. */
export interface UnitInfo {
  /** Canonical id, e.g. 'km2', 'percent', 'USD', 'count/day'. */
  id: string;
  /**
   * Values of one dimension convert into each other; others never do. 'area' (base km2),
   * 'length' (m), 'mass' (kg), 'volume' (l), 'duration' (s), 'percent', 'count', one
   * 'currency:XXX' per currency (currencies never convert), and 'rate:<dim>/<period>'.
   */
  dimension: string;
  /** Multiply a value in this unit by toBase to get it in the dimension's base unit. */
  toBase: number;
  /** Short human label for messages and hovers ("km²", "%", "US$"). */
  label: string;
}

interface UnitDef { dimension: string; toBase: number; label: string; forms: string[] }

// Fractions ("one-fifth") are read as percent (20) so that "one-fifth" and "20%" compare.
// Percentage points share the percent dimension: a claim says one or the other for a fact.
// "pounds" alone is GBP here; in running text readFigureBefore (read.ts) makes it a weight unless money is spoken of around it;
// weight in pounds must be written "lb"/"lbs" or set with unit="lb".
// A bare "m" is metres here; readFigure decides when "300m" means million (see scale.ts).
const UNITS: Record<string, UnitDef> = {
  // a plain count: used only for rates ("1,200 troops per day" = 1200 count/day)
  count: { dimension: 'count', toBase: 1, label: '', forms: [] },
  percent: { dimension: 'percent', toBase: 1, label: '%', forms: ['%', 'percent', 'percents', 'per cent', 'pc', 'pct', 'percentage', 'points', 'per-cent'] },
  // a gap between two percentages ("rose 0.5 percentage points"): compares with percent, but is no share itself
  pp: { dimension: 'percent', toBase: 1, label: 'pp', forms: ['percentage point', 'percentage points', 'percent points', 'pp', 'ppt', 'ppts', 'pts'] },
  // a hundredth of a percentage point ("rose 12 basis points"): compares with percent
  bp: { dimension: 'percent', toBase: 0.01, label: 'bp', forms: ['bp', 'bps', 'basis point', 'basis points'] },
  // area
  km2: { dimension: 'area', toBase: 1, label: 'km²', forms: ['km2', 'km²', 'km^2', 'sq km', 'sq. km', 'sqkm', 'square kilometer', 'square kilometers', 'square kilometre', 'square kilometres', 'kilometer squared', 'kilometers squared', 'square km'] },
  m2: { dimension: 'area', toBase: 1e-6, label: 'm²', forms: ['m2', 'm²', 'm^2', 'sq m', 'sq. m', 'square meter', 'square meters', 'square metre', 'square metres', 'square m'] },
  ha: { dimension: 'area', toBase: 0.01, label: 'ha', forms: ['ha', 'hectare', 'hectares'] },
  mi2: { dimension: 'area', toBase: 2.589988110336, label: 'sq mi', forms: ['mi2', 'mi²', 'sq mi', 'sq. mi', 'sq mile', 'sq miles', 'square mile', 'square miles'] },
  nmi2: { dimension: 'area', toBase: 3.429904, label: 'sq nmi', forms: ['nmi2', 'sq nmi', 'square nautical mile', 'square nautical miles'] },
  acre: { dimension: 'area', toBase: 0.0040468564224, label: 'acres', forms: ['acre', 'acres', 'ac'] },
  ft2: { dimension: 'area', toBase: 9.290304e-8, label: 'sq ft', forms: ['ft2', 'ft²', 'sq ft', 'sq. ft', 'sq feet', 'square foot', 'square feet'] },
  // length
  km: { dimension: 'length', toBase: 1000, label: 'km', forms: ['km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'klick', 'klicks'] },
  m: { dimension: 'length', toBase: 1, label: 'm', forms: ['m', 'meter', 'meters', 'metre', 'metres', 'mtr', 'mtrs'] },
  cm: { dimension: 'length', toBase: 0.01, label: 'cm', forms: ['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres'] },
  mm: { dimension: 'length', toBase: 0.001, label: 'mm', forms: ['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres'] },
  nm: { dimension: 'length', toBase: 1e-9, label: 'nm', forms: ['nm', 'nanometer', 'nanometers', 'nanometre', 'nanometres'] },
  um: { dimension: 'length', toBase: 1e-6, label: 'µm', forms: ['µm', 'μm', 'micrometer', 'micrometers', 'micrometre', 'micrometres', 'micron', 'microns'] },
  AU: { dimension: 'length', toBase: 1.495978707e11, label: 'AU', forms: ['au', 'astronomical unit', 'astronomical units'] },
  ly: { dimension: 'length', toBase: 9.4607304725808e15, label: 'ly', forms: ['ly', 'light-year', 'light-years', 'light year', 'light years', 'lightyear', 'lightyears'] },
  mi: { dimension: 'length', toBase: 1609.344, label: 'mi', forms: ['mi', 'mile', 'miles', 'statute mile', 'statute miles', 'vehicle mile', 'vehicle miles', 'vehicle-mile', 'vehicle-miles', 'vmt', 'vehicle miles traveled', 'vehicle-miles-traveled', 'vehicle miles travelled'] },
  nmi: { dimension: 'length', toBase: 1852, label: 'nmi', forms: ['nmi', 'nautical mile', 'nautical miles'] },
  yd: { dimension: 'length', toBase: 0.9144, label: 'yd', forms: ['yd', 'yds', 'yard', 'yards'] },
  ft: { dimension: 'length', toBase: 0.3048, label: 'ft', forms: ['ft', 'foot', 'feet'] },
  in: { dimension: 'length', toBase: 0.0254, label: 'in', forms: ['in', 'inch', 'inches'] },
  // mass
  // (ice sheets and emissions: "200 gigatons of ice per year", "40 megatonnes of CO2"; "megatons" alone is a bomb's yield, not listed)
  Gt: { dimension: 'mass', toBase: 1e12, label: 'Gt', forms: ['gigaton', 'gigatons', 'gigatonne', 'gigatonnes'] },
  Mt: { dimension: 'mass', toBase: 1e9, label: 'Mt', forms: ['megatonne', 'megatonnes'] },
  t: { dimension: 'mass', toBase: 1000, label: 't', forms: ['t', 'tonne', 'tonnes', 'ton', 'tons', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes', 'short ton', 'short tons'] },
  kg: { dimension: 'mass', toBase: 1, label: 'kg', forms: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'] },
  g: { dimension: 'mass', toBase: 0.001, label: 'g', forms: ['g', 'gram', 'grams', 'gramme', 'grammes', 'gr'] },
  ug: { dimension: 'mass', toBase: 1e-9, label: 'µg', forms: ['µg', 'μg', 'mcg', 'ug', 'microgram', 'micrograms', 'microgramme', 'microgrammes'] },
  mg: { dimension: 'mass', toBase: 1e-6, label: 'mg', forms: ['mg', 'milligram', 'milligrams'] },
  lb: { dimension: 'mass', toBase: 0.45359237, label: 'lb', forms: ['lb', 'lbs', 'pound weight', 'pounds weight'] },
  oz: { dimension: 'mass', toBase: 0.028349523125, label: 'oz', forms: ['oz', 'ounce', 'ounces'] },
  // volume
  l: { dimension: 'volume', toBase: 1, label: 'l', forms: ['l', 'liter', 'liters', 'litre', 'litres', 'ltr'] },
  // (an engine's "250cc" is cubic centimetres, a millilitre each)
  ml: { dimension: 'volume', toBase: 0.001, label: 'ml', forms: ['ml', 'milliliter', 'milliliters', 'millilitre', 'millilitres', 'cc', 'cubic centimeters', 'cubic centimetres'] },
  ft3: { dimension: 'volume', toBase: 28.316846592, label: 'cu ft', forms: ['ft3', 'ft³', 'cu ft', 'cubic foot', 'cubic feet'] },
  yd3: { dimension: 'volume', toBase: 764.554857984, label: 'cu yd', forms: ['yd3', 'yd³', 'cu yd', 'cubic yard', 'cubic yards'] },
  m3: { dimension: 'volume', toBase: 1000, label: 'm³', forms: ['m3', 'm³', 'cubic meter', 'cubic meters', 'cubic metre', 'cubic metres'] },
  gal: { dimension: 'volume', toBase: 3.785411784, label: 'gal', forms: ['gal', 'gallon', 'gallons'] },
  // US bushel (crop reports: "14.7 billion bushels")
  bu: { dimension: 'volume', toBase: 35.23907016688, label: 'bu', forms: ['bu', 'bushel', 'bushels'] },
  // (a bale of cotton is a trade's own measure: its weight differs by crop and country, so it is compared with bales only)
  bale: { dimension: 'bale', toBase: 1, label: 'bales', forms: ['bale', 'bales'] },
  // road traffic as UK statistics write it: billion vehicle miles ("50.5 bvm")
  bvm: { dimension: 'length', toBase: 1609.344e9, label: 'bvm', forms: ['bvm'] },
  // natural gas as the trade writes it: billions, trillions, millions and thousands of cubic feet ("5.3 Bcf/d", "2 Tcf")
  Bcf: { dimension: 'volume', toBase: 28.316846592e9, label: 'Bcf', forms: ['bcf'] },
  Tcf: { dimension: 'volume', toBase: 28.316846592e12, label: 'Tcf', forms: ['tcf'] },
  MMcf: { dimension: 'volume', toBase: 28.316846592e6, label: 'MMcf', forms: ['mmcf'] },
  Mcf: { dimension: 'volume', toBase: 28.316846592e3, label: 'Mcf', forms: ['mcf'] },
  // (water utilities' flows: "13.6 bgd", "40 mgd" are billions and millions of gallons a day)
  Bgal: { dimension: 'volume', toBase: 3.785411784e9, label: 'billion gal', forms: [] },
  Mgal: { dimension: 'volume', toBase: 3.785411784e6, label: 'million gal', forms: [] },
  bbl: { dimension: 'volume', toBase: 158.987294928, label: 'bbl', forms: ['bbl', 'barrel', 'barrels'] },
  // freight moved: a tonne carried a kilometre (transport statistics' "net tonne kilometres")
  't*km': { dimension: 'freight', toBase: 1, label: 'tonne-km', forms: ['tonne kilometres', 'tonne kilometers', 'tonne-kilometres', 'tonne-kilometers', 'net tonne kilometres', 'net tonne kilometers', 'tkm'] },
  't*mi': { dimension: 'freight', toBase: 1.609344, label: 'tonne-miles', forms: ['tonne miles', 'tonne-miles', 'net tonne miles'] },
  // duration
  s: { dimension: 'duration', toBase: 1, label: 's', forms: ['s', 'sec', 'secs', 'second', 'seconds'] },
  min: { dimension: 'duration', toBase: 60, label: 'min', forms: ['min', 'mins', 'minute', 'minutes'] },
  h: { dimension: 'duration', toBase: 3600, label: 'h', forms: ['h', 'hr', 'hrs', 'hour', 'hours'] },
  day: { dimension: 'duration', toBase: 86400, label: 'days', forms: ['d', 'day', 'days', 'earth day', 'earth days'] },
  week: { dimension: 'duration', toBase: 604800, label: 'weeks', forms: ['wk', 'wks', 'week', 'weeks'] },
  month: { dimension: 'duration', toBase: 2629746, label: 'months', forms: ['mo', 'month', 'months'] },
  year: { dimension: 'duration', toBase: 31556952, label: 'years', forms: ['yr', 'yrs', 'year', 'years', 'earth year', 'earth years'] },
  decade: { dimension: 'duration', toBase: 315569520, label: 'decades', forms: ['decade', 'decades'] },
  century: { dimension: 'duration', toBase: 3155695200, label: 'centuries', forms: ['century', 'centuries'] },
  // temperature: °C and °F are not proportional (an offset), so each is its own dimension (and so is kelvin, spelled out: a glued "K" is thousands)
  // pressure as weather and aviation reports give it ("29.9 inches Hg", an altimeter setting)
  mbar: { dimension: 'pressure', toBase: 100, label: 'mbar', forms: ['mbar', 'millibar', 'millibars', 'hpa', 'hectopascal', 'hectopascals'] },
  inHg: { dimension: 'pressure', toBase: 3386.389, label: 'inHg', forms: ['inhg', 'inches hg', 'in hg', 'inches of mercury', 'in. hg'] },
  K: { dimension: 'temperature:K', toBase: 1, label: 'K', forms: ['kelvin', 'kelvins', 'degrees kelvin', 'degree kelvin'] },
  // (atoms cooled for clocks and condensates: "15 microkelvins")
  uK: { dimension: 'temperature:K', toBase: 1e-6, label: 'µK', forms: ['microkelvin', 'microkelvins'] },
  nK: { dimension: 'temperature:K', toBase: 1e-9, label: 'nK', forms: ['nanokelvin', 'nanokelvins'] },
  degC: { dimension: 'temperature:C', toBase: 1, label: '°C', forms: ['°c', '° c', 'ºc', 'º c', 'degc', 'deg c', 'degree c', 'degrees c', 'degree celsius', 'degrees celsius', 'celsius', '° celsius', '°celsius', 'º celsius', 'degree centigrade', 'degrees centigrade'] },
  degF: { dimension: 'temperature:F', toBase: 1, label: '°F', forms: ['°f', '° f', 'ºf', 'º f', 'degf', 'deg f', 'degree f', 'degrees f', 'degree fahrenheit', 'degrees fahrenheit', 'fahrenheit', '° fahrenheit', '°fahrenheit', 'º fahrenheit'] },
  // concentration
  ppm: { dimension: 'concentration', toBase: 1e-6, label: 'ppm', forms: ['ppm', 'part per million', 'parts per million'] },
  ppb: { dimension: 'concentration', toBase: 1e-9, label: 'ppb', forms: ['ppb', 'part per billion', 'parts per billion'] },
  // issue 14: the trade's units (power, energy, data, frequency, battery charge, fuel economy) and multiples
  W: { dimension: 'power', toBase: 1, label: 'W', forms: ['watt', 'watts'] },
  kW: { dimension: 'power', toBase: 1000, label: 'kW', forms: ['kilowatt', 'kilowatts'] },
  MW: { dimension: 'power', toBase: 1e6, label: 'MW', forms: ['megawatt', 'megawatts'] },
  GW: { dimension: 'power', toBase: 1e9, label: 'GW', forms: ['gigawatt', 'gigawatts'] },
  hp: { dimension: 'power', toBase: 745.69987158227, label: 'hp', forms: ['bhp', 'horsepower', 'brake horsepower'] },
  kWh: { dimension: 'energy', toBase: 3.6e6, label: 'kWh', forms: ['kilowatt-hour', 'kilowatt-hours', 'kilowatt hours', 'kilowatthours', 'kilowatthour'] },
  // (the British thermal unit of the energy statistics: "28.4 quadrillion Btu")
  Btu: { dimension: 'energy', toBase: 1055.05585262, label: 'Btu', forms: ['btu', 'btus', 'british thermal unit', 'british thermal units'] },
  // (the EIA's billion kilowatthours: "14 BkWh")
  BkWh: { dimension: 'energy', toBase: 3.6e15, label: 'BkWh', forms: [] },
  Wh: { dimension: 'energy', toBase: 3600, label: 'Wh', forms: ['wh', 'watt-hour', 'watt-hours', 'watt hours', 'watt hour'] },
  MWh: { dimension: 'energy', toBase: 3.6e9, label: 'MWh', forms: ['megawatt-hours', 'megawatt hours', 'megawatthours', 'megawatthour'] },
  GWh: { dimension: 'energy', toBase: 3.6e12, label: 'GWh', forms: ['gigawatt-hours', 'gigawatt hours', 'gigawatthours', 'gigawatthour'] },
  TWh: { dimension: 'energy', toBase: 3.6e15, label: 'TWh', forms: ['terawatt-hours', 'terawatt hours', 'terawatthours', 'terawatthour'] },
  // a computer's speed in floating-point operations per second ("2 exaflops", "200 petaflops")
  // ("a quintillion calculations per second": a supercomputer's speed, as news words it)
  FLOPS: { dimension: 'compute-rate', toBase: 1, label: 'FLOPS', forms: ['flops', 'flop/s', 'calculations per second', 'floating-point operations per second'] },
  TFLOPS: { dimension: 'compute-rate', toBase: 1e12, label: 'TFLOPS', forms: ['teraflops', 'tflops'] },
  PFLOPS: { dimension: 'compute-rate', toBase: 1e15, label: 'PFLOPS', forms: ['petaflops', 'pflops'] },
  EFLOPS: { dimension: 'compute-rate', toBase: 1e18, label: 'EFLOPS', forms: ['exaflops', 'eflops'] },
  'bit/s': { dimension: 'data-rate', toBase: 1, label: 'bit/s', forms: ['bits per second', 'bit per second', 'bits/s'] },
  kbps: { dimension: 'data-rate', toBase: 1e3, label: 'kbps', forms: ['kbit/s', 'kb/s'] },
  Mbps: { dimension: 'data-rate', toBase: 1e6, label: 'Mbps', forms: ['mbit/s', 'mb/s', 'megabits per second'] },
  Gbps: { dimension: 'data-rate', toBase: 1e9, label: 'Gbps', forms: ['gbit/s', 'gb/s', 'gigabits per second'] },
  kB: { dimension: 'data', toBase: 1e3, label: 'kB', forms: ['kilobyte', 'kilobytes', 'kbytes'] },
  MB: { dimension: 'data', toBase: 1e6, label: 'MB', forms: ['megabyte', 'megabytes', 'mbs', 'megs'] },
  GB: { dimension: 'data', toBase: 1e9, label: 'GB', forms: ['gigabyte', 'gigabytes', 'gbs'] },
  TB: { dimension: 'data', toBase: 1e12, label: 'TB', forms: ['terabyte', 'terabytes'] },
  PB: { dimension: 'data', toBase: 1e15, label: 'PB', forms: ['petabyte', 'petabytes'] },
  EB: { dimension: 'data', toBase: 1e18, label: 'EB', forms: ['exabyte', 'exabytes'] },
  // (bits, eight to a byte: "200 terabits of data")
  bit: { dimension: 'data', toBase: 1 / 8, label: 'bit', forms: ['bit', 'bits'] },
  Mbit: { dimension: 'data', toBase: 1e6 / 8, label: 'Mbit', forms: ['megabit', 'megabits'] },
  Gbit: { dimension: 'data', toBase: 1e9 / 8, label: 'Gbit', forms: ['gigabit', 'gigabits'] },
  Tbit: { dimension: 'data', toBase: 1e12 / 8, label: 'Tbit', forms: ['terabit', 'terabits'] },
  Hz: { dimension: 'frequency', toBase: 1, label: 'Hz', forms: ['hertz'] },
  kHz: { dimension: 'frequency', toBase: 1e3, label: 'kHz', forms: ['kilohertz'] },
  MHz: { dimension: 'frequency', toBase: 1e6, label: 'MHz', forms: ['megahertz'] },
  GHz: { dimension: 'frequency', toBase: 1e9, label: 'GHz', forms: ['gigahertz'] },
  mAh: { dimension: 'charge', toBase: 3.6, label: 'mAh', forms: ['milliamp hours', 'milliampere hours'] },
  mpg: { dimension: 'fuel-economy', toBase: 1, label: 'mpg', forms: ['miles per gallon', 'miles a gallon', 'miles to the gallon'] },
  // an electric car's distance per energy, put as the petrol that holds as much ("140 MPGe"): not mpg
  MPGe: { dimension: 'fuel-economy-equivalent', toBase: 1, label: 'MPGe', forms: ['mpge', 'mpg-equivalent', 'mpg-e', 'miles per gallon equivalent', 'miles per gallon of gasoline-equivalent'] },
  // fuel used per distance, as most of the world gives it ("4.6 L/100 km"): no multiple of mpg (its inverse)
  'L/100km': { dimension: 'fuel-consumption', toBase: 1, label: 'L/100km', forms: ['l/100km', 'l/100 km', 'litres per 100 km', 'liters per 100 km', 'litres per 100 kilometres', 'liters per 100 kilometers', 'litres per hundred kilometres', 'liters per hundred kilometers'] },
  // a car's CO2 emissions per distance ("126 g/km"), as licensing statistics give them
  'g/km': { dimension: 'emission-rate', toBase: 1, label: 'g/km', forms: ['g/km', 'grams per kilometre', 'grams per kilometer', 'g co2/km'] },
  // (and per mile, as US fuel economy reports give them: "398 grams per mile")
  'g/mi': { dimension: 'emission-rate', toBase: 1 / 1.609344, label: 'g/mi', forms: ['g/mi', 'grams per mile', 'g co2/mi'] },
  // a video's or a game's frame rate ("60FPS", "30 frames per second")
  fps: { dimension: 'frame-rate', toBase: 1, label: 'fps', forms: ['frames per second', 'frames a second', 'frame per second'] },
  MP: { dimension: 'pixels', toBase: 1e6, label: 'MP', forms: ['megapixel', 'megapixels'] },
  times: { dimension: 'ratio', toBase: 1, label: '×', forms: ['fold', 'times over', 'x'] },
  // currencies: one dimension each, so different currencies never convert
  USD: { dimension: 'currency:USD', toBase: 1, label: 'US$', forms: ['$', 'us$', 'usd', 'dollar', 'dollars', 'us dollar', 'us dollars', 'u.s. dollars', 'bucks', '$us'] },
  GBP: { dimension: 'currency:GBP', toBase: 1, label: '£', forms: ['£', 'gbp', 'pound', 'pounds', 'pound sterling', 'pounds sterling', 'sterling', 'quid'] },
  EUR: { dimension: 'currency:EUR', toBase: 1, label: '€', forms: ['€', 'eur', 'euro', 'euros'] },
  JPY: { dimension: 'currency:JPY', toBase: 1, label: '¥', forms: ['¥', 'jpy', 'yen', 'japanese yen'] },
  CNY: { dimension: 'currency:CNY', toBase: 1, label: 'CN¥', forms: ['cny', 'rmb', 'yuan', 'renminbi', 'cn¥'] },
  RUB: { dimension: 'currency:RUB', toBase: 1, label: '₽', forms: ['₽', 'rub', 'ruble', 'rubles', 'rouble', 'roubles'] },
  UAH: { dimension: 'currency:UAH', toBase: 1, label: '₴', forms: ['₴', 'uah', 'hryvnia', 'hryvnias', 'hryvnya', 'hryvnyas', 'hryvni'] },
  INR: { dimension: 'currency:INR', toBase: 1, label: '₹', forms: ['₹', 'inr', 'rupee', 'rupees', 'rs'] },
  CAD: { dimension: 'currency:CAD', toBase: 1, label: 'C$', forms: ['c$', 'cad', 'canadian dollar', 'canadian dollars'] },
  AUD: { dimension: 'currency:AUD', toBase: 1, label: 'A$', forms: ['a$', 'aud', 'australian dollar', 'australian dollars'] },
  MYR: { dimension: 'currency:MYR', toBase: 1, label: 'RM', forms: ['rm', 'myr', 'ringgit'] },
  SGD: { dimension: 'currency:SGD', toBase: 1, label: 'S$', forms: ['s$', 'sgd', 'singapore dollar', 'singapore dollars'] },
  HKD: { dimension: 'currency:HKD', toBase: 1, label: 'HK$', forms: ['hk$', 'hkd', 'hong kong dollar', 'hong kong dollars'] },
  NZD: { dimension: 'currency:NZD', toBase: 1, label: 'NZ$', forms: ['nz$', 'nzd', 'new zealand dollar', 'new zealand dollars'] },
  KES: { dimension: 'currency:KES', toBase: 1, label: 'KSh', forms: ['ksh', 'kes', 'kenyan shilling', 'kenyan shillings'] },
  NGN: { dimension: 'currency:NGN', toBase: 1, label: '₦', forms: ['₦', 'ngn', 'naira'] },
  // (the glued "R" of "R4bn" is read in quantity.ts: an "r" alone is no unit)
  ZAR: { dimension: 'currency:ZAR', toBase: 1, label: 'R', forms: ['zar', 'rand', 'rands', 'south african rand'] },
  TZS: { dimension: 'currency:TZS', toBase: 1, label: 'TSh', forms: ['tsh', 'tzs', 'tanzanian shilling', 'tanzanian shillings'] },
  CHF: { dimension: 'currency:CHF', toBase: 1, label: 'CHF', forms: ['chf', 'swiss franc', 'swiss francs'] },
};

/** Rate periods: the words after "per"/"a"/"/" and the canonical period suffix. */
const PERIODS: Record<string, string> = {
  second: 's', sec: 's', s: 's', minute: 'min', min: 'min', hour: 'h', hr: 'h', h: 'h',
  day: 'day', d: 'day', week: 'week', wk: 'week', month: 'month', year: 'year', yr: 'year', annum: 'year',
  // ("0.13 °F per decade": a trend's rate)
  decade: 'decade', century: 'century',
};

/** Rate shorthands that are one word: "kph", "mph". */
const RATE_FORMS: Record<string, string> = { knot: 'nmi/h', knots: 'nmi/h', kt: 'nmi/h', kts: 'nmi/h', kph: 'km/h', kmph: 'km/h', kmh: 'km/h', 'km/hr': 'km/h', mph: 'mi/h', bpd: 'bbl/day', 'b/d': 'bbl/day', 'bbl/d': 'bbl/day', 'bbl/day': 'bbl/day', 'barrels per day': 'bbl/day', 'barrels a day': 'bbl/day', 'bcf/d': 'Bcf/day', bgd: 'Bgal/day', mgd: 'Mgal/day', 'ggal/d': 'Bgal/day', 'mgal/d': 'Mgal/day', bcfd: 'Bcf/day', 'mmcf/d': 'MMcf/day', mmcfd: 'MMcf/day', 'mwh/d': 'MWh/day', 'gwh/d': 'GWh/day' };

const BY_FORM = new Map<string, string>(Object.entries(RATE_FORMS));
for (const [id, def] of Object.entries(UNITS)) {
  BY_FORM.set(id.toLowerCase(), id);
  for (const form of def.forms) BY_FORM.set(form, id);
}

/** Lower-cases, folds dots and spacing, so "Sq. Km" and "sq  km" look the same. */
function fold(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
}

/** The canonical period ('day', 'h', ...) named by a word such as "day", "days", "hr"; else undefined. */
export function normalizePeriod(word: string): string | undefined {
  const w = fold(word);
  return PERIODS[w] ?? (w.endsWith('s') ? PERIODS[w.slice(0, -1)] : undefined);
}

/** The rate unit id for a base unit id (or undefined for a count) per period: ('km', 'day') -> 'km/day'. */
export function rateUnit(base: string | undefined, period: string): string {
  return `${base ?? 'count'}/${period}`;
}

/** True for a unit of money ("USD", "GBP"): a sum, whose currencies the checker never converts. */
export function isCurrency(unit: string | undefined): boolean {
  return unit !== undefined && (unitInfo(unit)?.dimension.startsWith('currency:') ?? false);
}

/** Canonical id -> dimension and factor to the dimension's base unit; undefined when unknown. */
export function unitInfo(id: string): UnitInfo | undefined {
  const slash = id.indexOf('/');
  if (slash > 0) {
    const base = unitInfo(id.slice(0, slash));
    const period = id.slice(slash + 1);
    // a yield or a density: a unit per area ("171.7 bushels per acre" = 'bu/acre'); acres and hectares compare
    const area = Object.prototype.hasOwnProperty.call(UNITS, period) && UNITS[period]!.dimension === 'area' ? UNITS[period]! : undefined;
    if (base && area && !base.dimension.startsWith('currency') && base.dimension !== 'area') {
      return { id, dimension: `${base.dimension}/area`, toBase: base.toBase / area.toBase, label: `${base.label} per ${area.label.replace(/s$/, '')}` };
    }
    const periodDef = Object.values(PERIODS).includes(period) ? UNITS[period] : undefined;
    if (!base || !periodDef) return undefined;
    // A rate's base is "<base unit> per <period>"; same-period rates compare, others do not.
    return { id, dimension: `rate:${base.dimension}/${period}`, toBase: base.toBase, label: `${base.label || ''}/${period}`.replace(/^\//, 'per ') };
  }
  const def = Object.prototype.hasOwnProperty.call(UNITS, id) ? UNITS[id] : undefined;
  return def && { id, dimension: def.dimension, toBase: def.toBase, label: def.label };
}

/**
 * Any written form of a unit -> its canonical id ("square kilometres", "km²", "sq km" -> 'km2';
 * "US$", "dollars" -> 'USD'; "kilometers per day", "km/day" -> 'km/day'; "per day", "troops/day" -> 'count/day').
 * Undefined when the text names no unit this catalogue knows.
 */
export function normalizeUnit(text: string): string | undefined {
  // (a pure function of short texts a workspace repeats: every fact's unit, every currency word)
  if (text.length > MAX_MEMO_UNIT) return normalizeUncached(text);
  if (unitMemo.has(text)) return unitMemo.get(text);
  if (unitMemo.size >= MAX_MEMO_UNITS) unitMemo.clear();
  const id = normalizeUncached(text);
  unitMemo.set(text, id);
  return id;
}

/** normalizeUnit's answers by text; bounded (cleared when full). */
const unitMemo = new Map<string, string | undefined>();
const MAX_MEMO_UNITS = 2_000;
/** Longer texts are read each time (they rarely repeat, and a key would keep them alive). */
const MAX_MEMO_UNIT = 40;

function normalizeUncached(text: string): string | undefined {
  const t = fold(text);
  if (t === '') return undefined;
  const direct = BY_FORM.get(t) ?? BY_FORM.get(t.replace(/\./g, ''));
  if (direct) return direct;
  if (unitInfo(t.replace(/\s+/g, '')) && t.includes('/')) return t.replace(/\s+/g, '');
  // canonical ids are case-sensitive elsewhere (USD); accept them exactly too
  if (unitInfo(text.trim())) return text.trim();
  // "bushels per acre", "pounds per harvested acre", "tonnes per hectare": a unit per area (pounds weigh here)
  const perArea = /^(.+?)\s+per\s+(?:harvested\s+|planted\s+)?(acres?|hectares?|ha)$/.exec(t);
  if (perArea) {
    const base = /^pounds?$/.test(perArea[1]!) ? 'lb' : normalizeUnit(perArea[1]!);
    const area = BY_FORM.get(perArea[2]!);
    if (base && area && !base.includes('/') && unitInfo(`${base}/${area}`)) return `${base}/${area}`;
  }
  const rate = /^(.*?)\s*(?:\/|\bper\b|\ba\b|\ban\b|\beach\b)\s*([a-z]+)$/.exec(t);
  if (rate) {
    const period = normalizePeriod(rate[2]!);
    if (!period) return undefined;
    const baseText = rate[1]!.trim();
    if (baseText === '') return rateUnit(undefined, period);
    const base = normalizeUnit(baseText);
    // "troops per day", "people/day": a counted noun, not a unit, makes a count rate
    if (!base && /^[a-z][a-z-]*$/.test(baseText)) return rateUnit(undefined, period);
    return base && !base.includes('/') ? rateUnit(base, period) : undefined;
  }
  return undefined;
}
