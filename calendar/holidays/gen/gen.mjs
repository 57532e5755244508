// gen.mjs freezes the public holidays of date-holidays (the exact version
// pinned in package.json) for every market and modelled region, 2000–2040,
// into ../testdata/<market>.json for the Go differential test
// (differential_test.go). Run: cd calendar/holidays/gen && npm ci && node gen.mjs
//
// File shape (compact, one file per market):
//   {"source":"date-holidays 3.37.0","first":2000,"last":2040,
//    "national":[["2024-12-24",46800,"Aðfangadagur"],...],
//    "regions":{"DE-BY":{"add":[[date,from,name],...],"drop":[date,...]}}}
// from = seconds after local midnight at which a part-day holiday begins
// (date-holidays writes it as the time in "date", e.g. "2024-12-24 13:00:00");
// 0 = the whole day. Only holidays of type "public" are kept.
import Holidays from 'date-holidays';
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./node_modules/date-holidays/package.json', import.meta.url)));
const FIRST = 2000, LAST = 2040;

// Markets and the regions the Go package models, as date-holidays names them.
// Regions absent from date-holidays (PT-20, PT-30, FI-01) cannot be compared.
const markets = {
  AT: {}, BE: {}, BG: {}, CY: {}, CZ: {}, DK: {}, EE: {}, FI: {}, GR: {}, HR: {}, HU: {},
  IE: {}, IS: {}, IT: {}, LI: {}, LT: {}, LU: {}, LV: {}, MT: {}, NL: {}, NO: {}, PL: {},
  PT: {}, RO: {}, SE: {}, SI: {}, SK: {},
  DE: Object.fromEntries(['BB', 'BE', 'BW', 'BY', 'HB', 'HE', 'HH', 'MV', 'NI', 'NW', 'RP', 'SH', 'SL', 'SN', 'ST', 'TH'].map(s => ['DE-' + s, s])),
  ES: Object.fromEntries(['AN', 'AR', 'AS', 'CB', 'CE', 'CL', 'CM', 'CN', 'CT', 'EX', 'GA', 'IB', 'MC', 'MD', 'ML', 'NC', 'PV', 'RI', 'VC'].map(s => ['ES-' + s, s])),
  FR: { 'FR-57': '57', 'FR-67': '67', 'FR-68': '68', 'FR-971': 'GP', 'FR-972': 'MQ', 'FR-973': 'GF', 'FR-974': 'RE', 'FR-976': 'YT', 'FR-BL': 'BL', 'FR-MF': 'MF' },
};

function days(hd) {
  const out = [];
  for (let y = FIRST; y <= LAST; y++) {
    for (const h of hd.getHolidays(y)) {
      if (h.type !== 'public') continue;
      const [d, t] = h.date.split(' ');
      const [hh, mm, ss] = t.split(':').map(Number);
      out.push([d, hh * 3600 + mm * 60 + ss, h.name]);
    }
  }
  out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return out;
}

const key = e => e[0] + ' ' + e[1];
for (const [code, regions] of Object.entries(markets)) {
  const national = days(new Holidays(code, { types: ['public'] }));
  const nat = new Set(national.map(key));
  const out = { source: `date-holidays ${pkg.version}`, first: FIRST, last: LAST, national, regions: {} };
  for (const [iso, dh] of Object.entries(regions)) {
    const reg = days(new Holidays(code, dh, { types: ['public'] }));
    const rk = new Set(reg.map(key));
    out.regions[iso] = {
      add: reg.filter(e => !nat.has(key(e))),
      drop: national.filter(e => !rk.has(key(e))).map(e => e[0]),
    };
  }
  // One holiday a line keeps diffs readable and the files small.
  const lines = JSON.stringify(out).replace(/\],\[/g, '],\n[');
  writeFileSync(new URL(`../testdata/${code.toLowerCase()}.json`, import.meta.url), lines + '\n');
}
console.log(`wrote ${Object.keys(markets).length} files from date-holidays ${pkg.version}`);
