// Generates the illustrative sample photos used by the sample articles.
//
// Every picture is a simple scene drawn as SVG (sky, fields, buildings,
// people, flags…) and rendered to JPEG with sharp. Nothing is downloaded.
//
// Usage (from the repository root):
//   node scripts/sample/make-photos.mjs            every photo
//   node scripts/sample/make-photos.mjs albums/    only paths containing "albums/"
//
// Output paths are relative to content/ and are overwritten on each run.
// A photo with `orientation: 6` is stored the way a phone held upright
// stores it: pixels turned on their side, and an EXIF flag telling viewers
// to turn them back (the portal must publish it upright).

import sharp from 'sharp';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const contentDir = join(dirname(fileURLToPath(import.meta.url)), '../../content');

// Small deterministic random generator so that every run gives the same images.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// ---------- drawing primitives (each returns an SVG fragment) ----------

const sky = (w, h, top, bottom) =>
  `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">` +
  `<stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>` +
  `<rect width="${w}" height="${h}" fill="url(#sky)"/>`;

const sun = (x, y, r, c = '#fff3b0') => `<circle cx="${x}" cy="${y}" r="${r}" fill="${c}" opacity="0.9"/>`;

const cloud = (x, y, s) =>
  `<g fill="#ffffff" opacity="0.85"><ellipse cx="${x}" cy="${y}" rx="${60 * s}" ry="${22 * s}"/>` +
  `<ellipse cx="${x + 40 * s}" cy="${y - 14 * s}" rx="${42 * s}" ry="${24 * s}"/></g>`;

// A soft hill line across the whole width.
function hills(w, y, amp, color, rand) {
  let d = `M0 ${y}`;
  for (let x = 0; x <= w; x += w / 6) d += ` Q${x + w / 12} ${y - amp * (0.5 + rand())} ${x + w / 6} ${y}`;
  return `<path d="${d} V9999 H0 Z" fill="${color}"/>`;
}

// Rice paddies seen in perspective: horizontal bands of alternating greens/golds.
function paddies(w, h, y0, colors) {
  let out = '';
  let y = y0;
  let band = 18;
  let i = 0;
  while (y < h) {
    out += `<rect x="0" y="${y}" width="${w}" height="${band}" fill="${colors[i % colors.length]}"/>`;
    out += `<rect x="0" y="${y}" width="${w}" height="2" fill="#00000018"/>`;
    y += band;
    band *= 1.28;
    i++;
  }
  return out;
}

const star = (cx, cy, r, color = '#ffde00') => {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const rr = i % 2 ? r * 0.382 : r;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`);
  }
  return `<polygon points="${pts.join(' ')}" fill="${color}"/>`;
};

// Red flag with a yellow star on a pole.
const flag = (x, y, s) =>
  `<rect x="${x}" y="${y}" width="${4 * s}" height="${120 * s}" fill="#8a8a8a"/>` +
  `<rect x="${x + 4 * s}" y="${y}" width="${60 * s}" height="${40 * s}" fill="#da251d"/>` +
  star(x + 34 * s, y + 20 * s, 12 * s);

const tree = (x, y, s, c = '#2f7d32') =>
  `<rect x="${x - 5 * s}" y="${y - 40 * s}" width="${10 * s}" height="${40 * s}" fill="#6d4c2f"/>` +
  `<circle cx="${x}" cy="${y - 60 * s}" r="${34 * s}" fill="${c}"/>` +
  `<circle cx="${x - 22 * s}" cy="${y - 44 * s}" r="${22 * s}" fill="${c}"/>` +
  `<circle cx="${x + 22 * s}" cy="${y - 44 * s}" r="${24 * s}" fill="${c}"/>`;

const house = (x, y, w, h, wall, roof) =>
  `<rect x="${x}" y="${y - h}" width="${w}" height="${h}" fill="${wall}"/>` +
  `<polygon points="${x - 10},${y - h} ${x + w / 2},${y - h - h * 0.6} ${x + w + 10},${y - h}" fill="${roof}"/>` +
  `<rect x="${x + w * 0.4}" y="${y - h * 0.6}" width="${w * 0.2}" height="${h * 0.6}" fill="#5b3a29"/>` +
  `<rect x="${x + w * 0.1}" y="${y - h * 0.7}" width="${w * 0.18}" height="${h * 0.25}" fill="#cfe8ff"/>` +
  `<rect x="${x + w * 0.72}" y="${y - h * 0.7}" width="${w * 0.18}" height="${h * 0.25}" fill="#cfe8ff"/>`;

// A public building with columns (commune hall, school, cultural house).
function hall(x, y, w, h, wall, roof) {
  let cols = '';
  for (let i = 0; i < 6; i++) {
    cols += `<rect x="${x + 30 + i * ((w - 80) / 5)}" y="${y - h + 30}" width="20" height="${h - 30}" fill="#ffffffcc"/>`;
  }
  let windows = '';
  for (let i = 0; i < 5; i++) {
    windows += `<rect x="${x + 60 + i * ((w - 120) / 5)}" y="${y - h * 0.62}" width="${(w - 120) / 5 - 20}" height="${h * 0.25}" fill="#9cc9e8"/>`;
  }
  return (
    `<rect x="${x}" y="${y - h}" width="${w}" height="${h}" fill="${wall}"/>` +
    windows +
    cols +
    `<polygon points="${x - 20},${y - h} ${x + w / 2},${y - h - 70} ${x + w + 20},${y - h}" fill="${roof}"/>` +
    `<rect x="${x - 30}" y="${y}" width="${w + 60}" height="14" fill="#bdbdbd"/>` +
    `<rect x="${x + w / 2 - 120}" y="${y - h - 4}" width="240" height="26" fill="#c62828"/>`
  );
}

// A standing person; `hat` draws a conical hat (nón lá).
function person(x, y, s, shirt, rand, hat = false) {
  const skin = ['#f1c9a5', '#e0ac84', '#c98e66'][Math.floor(rand() * 3)];
  const hair = ['#222', '#3b2a20', '#555'][Math.floor(rand() * 3)];
  const pants = ['#263238', '#37474f', '#4e342e', '#1a237e'][Math.floor(rand() * 4)];
  let g =
    `<rect x="${x - 9 * s}" y="${y - 48 * s}" width="${7 * s}" height="${48 * s}" fill="${pants}"/>` +
    `<rect x="${x + 2 * s}" y="${y - 48 * s}" width="${7 * s}" height="${48 * s}" fill="${pants}"/>` +
    `<rect x="${x - 14 * s}" y="${y - 98 * s}" width="${28 * s}" height="${54 * s}" rx="${9 * s}" fill="${shirt}"/>` +
    `<circle cx="${x}" cy="${y - 112 * s}" r="${13 * s}" fill="${skin}"/>` +
    `<path d="M${x - 13 * s} ${y - 113 * s} a${13 * s} ${13 * s} 0 0 1 ${26 * s} 0 z" fill="${hair}"/>`;
  if (hat) g += `<polygon points="${x - 30 * s},${y - 112 * s} ${x},${y - 140 * s} ${x + 30 * s},${y - 112 * s}" fill="#e8d9a8"/>`;
  return g;
}

// Back of a seated person's head and shoulders, for audience rows.
const audienceHead = (x, y, s, shirt, hair) =>
  `<rect x="${x - 26 * s}" y="${y}" width="${52 * s}" height="${60 * s}" rx="${18 * s}" fill="${shirt}"/>` + `<circle cx="${x}" cy="${y - 8 * s}" r="${18 * s}" fill="${hair}"/>`;

function crowd(w, y, n, s, palette, rand, hats = false) {
  let out = '';
  for (let i = 0; i < n; i++) {
    const x = 40 + rand() * (w - 80);
    out += person(x, y + rand() * 40 * s, s * (0.85 + rand() * 0.3), palette[i % palette.length], rand, hats && rand() > 0.4);
  }
  return out;
}

// String of small triangular flags between two points.
function bunting(x1, y1, x2, y2, n) {
  let out = `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#555" stroke-width="2"/>`;
  const cols = ['#da251d', '#ffde00', '#1e88e5', '#43a047'];
  for (let i = 0; i < n; i++) {
    const t = (i + 0.5) / n;
    const x = x1 + (x2 - x1) * t;
    const y = y1 + (y2 - y1) * t + Math.sin(t * Math.PI) * 30;
    out += `<polygon points="${x - 12},${y} ${x + 12},${y} ${x},${y + 28}" fill="${cols[i % 4]}"/>`;
  }
  return out;
}

// ---------- scenes ----------

const people = ['#1565c0', '#ffffff', '#c62828', '#2e7d32', '#f9a825', '#6a1b9a', '#00838f', '#ef6c00'];

const scenes = {
  // Indoor meeting: red backdrop with a star, a presidium table, an audience seen from behind.
  meeting(w, h, r, o) {
    let s = `<rect width="${w}" height="${h}" fill="${o.wall ?? '#e9dcc3'}"/>`;
    s += `<rect x="${w * 0.12}" y="${h * 0.08}" width="${w * 0.76}" height="${h * 0.42}" fill="${o.backdrop ?? '#b71c1c'}"/>`;
    s += star(w * 0.5, h * 0.22, h * 0.09);
    s += `<rect x="${w * 0.18}" y="${h * 0.38}" width="${w * 0.64}" height="8" fill="#ffd54f"/>`;
    s += `<rect x="${w * 0.2}" y="${h * 0.5}" width="${w * 0.6}" height="${h * 0.1}" fill="#1e3a8a"/>`;
    for (let i = 0; i < 7; i++) s += audienceHead(w * 0.26 + i * w * 0.08, h * 0.47, 0.7, '#fafafa', '#222');
    s += `<rect x="${w * 0.2}" y="${h * 0.5}" width="${w * 0.6}" height="${h * 0.1}" fill="#1e3a8a"/>`;
    s += `<ellipse cx="${w * 0.5}" cy="${h * 0.5}" rx="60" ry="24" fill="#f06292"/>`;
    s += `<rect y="${h * 0.6}" width="${w}" height="${h * 0.4}" fill="#8d6e63"/>`;
    for (let row = 0; row < 3; row++) {
      const y = h * (0.68 + row * 0.12);
      const sc = 1 + row * 0.35;
      for (let x = 60 + r() * 40; x < w; x += 110 * sc) {
        s += audienceHead(x, y, sc, people[Math.floor(r() * people.length)], r() > 0.5 ? '#222' : '#3b2a20');
      }
    }
    return s;
  },

  // One-stop service counters with screens and waiting citizens.
  office(w, h, r, o) {
    let s = `<rect width="${w}" height="${h}" fill="${o.wall ?? '#dbe9f6'}"/>`;
    s += `<rect y="${h * 0.7}" width="${w}" height="${h * 0.3}" fill="#cfd8dc"/>`;
    for (let i = 0; i < 4; i++) {
      const x = w * 0.06 + i * w * 0.235;
      s += `<rect x="${x}" y="${h * 0.15}" width="${w * 0.18}" height="${h * 0.16}" rx="8" fill="#263238"/>`;
      s += `<rect x="${x + 10}" y="${h * 0.15 + 10}" width="${w * 0.18 - 20}" height="${h * 0.16 - 20}" fill="${['#4fc3f7', '#81c784', '#ffb74d', '#ba68c8'][i]}"/>`;
      // Staff member behind the counter: only head and shoulders stay visible.
      s += person(x + w * 0.09, h * 0.62, h / 800, '#1565c0', r);
      s += `<rect x="${x - 10}" y="${h * 0.56}" width="${w * 0.2}" height="${h * 0.16}" fill="#eceff1" stroke="#90a4ae" stroke-width="4"/>`;
    }
    s += `<rect x="0" y="${h * 0.08}" width="${w}" height="${h * 0.03}" fill="#c62828"/>`;
    for (let i = 0; i < 5; i++) s += person(w * 0.1 + r() * w * 0.8, h * 1.02, h / 420, people[Math.floor(r() * people.length)], r);
    return s;
  },

  // Open countryside: rice fields, hills, farmers, optional harvester.
  field(w, h, r, o) {
    let s = sky(w, h, o.skyTop ?? '#7ec8f2', o.skyBottom ?? '#dff3ff') + sun(w * 0.82, h * 0.16, 60);
    s += cloud(w * 0.2, h * 0.14, 1.4) + cloud(w * 0.55, h * 0.1, 1);
    s += hills(w, h * 0.42, 60, '#6a9f6a', r);
    s += tree(w * 0.1, h * 0.44, 1) + tree(w * 0.16, h * 0.45, 0.8) + tree(w * 0.9, h * 0.44, 1.1);
    s += paddies(w, h, h * 0.44, o.rice ?? ['#d4b93c', '#c9a92c', '#e0c64e']);
    if (o.harvester) {
      s += `<rect x="${w * 0.55}" y="${h * 0.5}" width="220" height="90" rx="12" fill="#e53935"/>`;
      s += `<rect x="${w * 0.55 + 130}" y="${h * 0.5 - 60}" width="80" height="62" fill="#90caf9" stroke="#e53935" stroke-width="8"/>`;
      s += `<circle cx="${w * 0.55 + 50}" cy="${h * 0.5 + 95}" r="30" fill="#263238"/><circle cx="${w * 0.55 + 170}" cy="${h * 0.5 + 95}" r="30" fill="#263238"/>`;
    }
    s += crowd(w, h * 0.82, o.people ?? 6, 1.5, ['#5c6bc0', '#8d6e63', '#26a69a', '#ef5350'], r, true);
    return s;
  },

  // Vegetable plots with net houses.
  garden(w, h, r, o) {
    let s = sky(w, h, '#8fd3fe', '#eaf8ff') + sun(w * 0.15, h * 0.14, 50);
    s += hills(w, h * 0.38, 50, '#7fae7a', r);
    for (let i = 0; i < 3; i++) {
      const x = w * 0.08 + i * w * 0.32;
      s += `<rect x="${x}" y="${h * 0.24}" width="${w * 0.26}" height="${h * 0.16}" fill="#f5f5f5" opacity="0.85"/>`;
      s += `<path d="M${x} ${h * 0.24} q${w * 0.13} -60 ${w * 0.26} 0" fill="#f5f5f5" opacity="0.85"/>`;
    }
    s += `<rect y="${h * 0.4}" width="${w}" height="${h * 0.6}" fill="#7b5a3c"/>`;
    for (let row = 0; row < 7; row++) {
      const y = h * 0.44 + row * row * 9 + row * 30;
      for (let x = 20 + (row % 2) * 30; x < w; x += 60 + row * 12) {
        s += `<ellipse cx="${x}" cy="${y}" rx="${18 + row * 5}" ry="${10 + row * 3}" fill="${o.leaf ?? '#43a047'}"/>`;
      }
    }
    s += crowd(w, h * 0.86, 4, 1.6, ['#ff7043', '#7e57c2', '#29b6f6'], r, true);
    return s;
  },

  // A building in the village centre with a flag, trees and people in front.
  building(w, h, r, o) {
    let s = sky(w, h, o.skyTop ?? '#6ab7ee', '#e6f5ff') + cloud(w * 0.7, h * 0.12, 1.3);
    s += hills(w, h * 0.5, 40, '#8fbf8f', r);
    s += `<rect y="${h * 0.62}" width="${w}" height="${h * 0.38}" fill="${o.ground ?? '#c8b89a'}"/>`;
    s += hall(w * 0.22, h * 0.62, w * 0.56, h * 0.3, o.wall ?? '#f4d35e', o.roof ?? '#b23a2a');
    s += flag(w * 0.12, h * 0.3, 1.6) + tree(w * 0.06, h * 0.64, 1.3) + tree(w * 0.92, h * 0.64, 1.4);
    if (o.bunting) s += bunting(0, h * 0.08, w, h * 0.12, 22);
    s += crowd(w, h * 0.86, o.people ?? 10, 1.5, o.shirts ?? people, r);
    return s;
  },

  // Village road lined with houses and trees.
  village(w, h, r, o) {
    let s = sky(w, h, '#79bff0', '#f2fbff') + sun(w * 0.88, h * 0.12, 45);
    s += hills(w, h * 0.45, 50, '#76a876', r);
    s += `<rect y="${h * 0.6}" width="${w}" height="${h * 0.4}" fill="#9ccc65"/>`;
    s += `<polygon points="${w * 0.46},${h * 0.6} ${w * 0.54},${h * 0.6} ${w * 0.85},${h} ${w * 0.15},${h}" fill="${o.road ?? '#9e9e9e'}"/>`;
    s += `<polygon points="${w * 0.498},${h * 0.62} ${w * 0.502},${h * 0.62} ${w * 0.51},${h} ${w * 0.49},${h}" fill="#fff"/>`;
    const walls = ['#ffe0b2', '#fff9c4', '#e1f5fe', '#f8bbd0'];
    for (let i = 0; i < 4; i++) {
      s += house(w * 0.02 + i * 150, h * 0.64, 120, 90, walls[i % 4], '#a1452c');
      s += house(w * 0.62 + i * 150, h * 0.64, 120, 90, walls[(i + 2) % 4], '#8d3b22');
    }
    s += tree(w * 0.3, h * 0.8, 1.4) + tree(w * 0.72, h * 0.82, 1.5);
    if (o.machines) {
      s += `<rect x="${w * 0.4}" y="${h * 0.72}" width="200" height="80" rx="8" fill="#fbc02d"/>`;
      s += `<rect x="${w * 0.4 + 140}" y="${h * 0.72 - 50}" width="60" height="52" fill="#fbc02d"/>`;
      s += `<circle cx="${w * 0.4 + 40}" cy="${h * 0.72 + 85}" r="26" fill="#333"/><circle cx="${w * 0.4 + 160}" cy="${h * 0.72 + 85}" r="26" fill="#333"/>`;
    }
    s += flag(w * 0.47, h * 0.4, 1) + crowd(w, h * 0.95, o.people ?? 3, 1.4, people, r);
    return s;
  },

  // Militia drill: straight ranks in green uniforms.
  drill(w, h, r) {
    let s = sky(w, h, '#8ec9f0', '#f0f8ff') + hills(w, h * 0.4, 30, '#88b388', r);
    s += `<rect y="${h * 0.45}" width="${w}" height="${h * 0.55}" fill="#cdbb8f"/>`;
    s += flag(w * 0.85, h * 0.12, 2.2);
    for (let row = 0; row < 4; row++) {
      const sc = 0.9 + row * 0.25;
      for (let i = 0; i < 10; i++) {
        const x = w * 0.08 + i * (w * 0.075) * (1 + row * 0.05);
        s += person(x, h * (0.62 + row * 0.1), sc, '#4b6b2f', r);
        s += `<ellipse cx="${x}" cy="${h * (0.62 + row * 0.1) - 124 * sc}" rx="${17 * sc}" ry="${7 * sc}" fill="#3e5a24"/>`;
      }
    }
    return s;
  },

  // Fire drill in front of a market: red truck, water jet, smoke.
  fire(w, h, r) {
    let s = sky(w, h, '#9bb7cc', '#e8eef2') + `<rect y="${h * 0.62}" width="${w}" height="${h * 0.38}" fill="#9e9e9e"/>`;
    s += hall(w * 0.05, h * 0.62, w * 0.5, h * 0.28, '#ffe082', '#795548');
    for (let i = 0; i < 6; i++) s += `<circle cx="${w * 0.2 + i * 40 + r() * 30}" cy="${h * 0.22 - i * 25}" r="${50 + i * 12}" fill="#757575" opacity="${0.5 - i * 0.06}"/>`;
    s += `<rect x="${w * 0.58}" y="${h * 0.6}" width="${w * 0.3}" height="${h * 0.16}" rx="10" fill="#d32f2f"/>`;
    s += `<rect x="${w * 0.8}" y="${h * 0.52}" width="${w * 0.08}" height="${h * 0.1}" fill="#d32f2f"/><rect x="${w * 0.815}" y="${h * 0.54}" width="${w * 0.05}" height="${h * 0.05}" fill="#b3e5fc"/>`;
    s += `<circle cx="${w * 0.63}" cy="${h * 0.77}" r="32" fill="#212121"/><circle cx="${w * 0.83}" cy="${h * 0.77}" r="32" fill="#212121"/>`;
    s += `<path d="M${w * 0.6} ${h * 0.66} Q${w * 0.45} ${h * 0.2} ${w * 0.3} ${h * 0.42}" stroke="#bbdefb" stroke-width="14" fill="none" opacity="0.9"/>`;
    s += crowd(w, h * 0.95, 6, 1.5, ['#ff8f00', '#1a237e', '#ff8f00'], r);
    return s;
  },

  // Volleyball (or other outdoor sport) with a crowd.
  sports(w, h, r, o) {
    let s = sky(w, h, '#64b5f6', '#e3f2fd') + sun(w * 0.1, h * 0.1, 45);
    s += tree(w * 0.05, h * 0.45, 1.3) + tree(w * 0.95, h * 0.45, 1.2) + hills(w, h * 0.45, 20, '#81c784', r);
    s += `<rect y="${h * 0.45}" width="${w}" height="${h * 0.55}" fill="${o.court ?? '#d7a86e'}"/>`;
    s += `<rect x="${w * 0.49}" y="${h * 0.3}" width="8" height="${h * 0.4}" fill="#555"/>`;
    s += `<rect x="${w * 0.2}" y="${h * 0.36}" width="${w * 0.6}" height="${h * 0.08}" fill="none" stroke="#fafafa" stroke-width="4" stroke-dasharray="10 6"/>`;
    s += `<circle cx="${w * 0.42}" cy="${h * 0.22}" r="20" fill="#ffeb3b" stroke="#1e88e5" stroke-width="5"/>`;
    for (let i = 0; i < 4; i++) s += person(w * 0.25 + i * 70, h * 0.72 + (i % 2) * 30, 1.3, '#e53935', r);
    for (let i = 0; i < 4; i++) s += person(w * 0.6 + i * 70, h * 0.72 + (i % 2) * 30, 1.3, '#1e88e5', r);
    s += crowd(w, h * 1.02, 12, 1.7, people, r);
    return s;
  },

  // Table of local products for an exhibition.
  products(w, h, r, o) {
    let s = `<rect width="${w}" height="${h}" fill="${o.wall ?? '#fff3e0'}"/>`;
    s += bunting(0, h * 0.05, w, h * 0.08, 18);
    s += `<rect y="${h * 0.55}" width="${w}" height="${h * 0.45}" fill="#c62828"/>`;
    s += `<rect y="${h * 0.55}" width="${w}" height="14" fill="#ffd54f"/>`;
    for (let i = 0; i < 9; i++) {
      const x = w * 0.05 + i * (w * 0.1);
      const kind = i % 3;
      const c = ['#8d6e63', '#fbc02d', '#43a047', '#e65100', '#6d4c41'][Math.floor(r() * 5)];
      if (kind === 0)
        s += `<rect x="${x}" y="${h * 0.36}" width="90" height="${h * 0.19}" rx="10" fill="${c}"/><rect x="${x + 10}" y="${h * 0.42}" width="70" height="40" fill="#fff8e1"/>`;
      if (kind === 1)
        s += `<ellipse cx="${x + 45}" cy="${h * 0.47}" rx="45" ry="${h * 0.08}" fill="${c}"/><rect x="${x + 30}" y="${h * 0.36}" width="30" height="20" fill="#5d4037"/>`;
      if (kind === 2)
        s += `<rect x="${x}" y="${h * 0.44}" width="100" height="${h * 0.11}" fill="${c}"/><rect x="${x + 10}" y="${h * 0.4}" width="80" height="${h * 0.04}" fill="#ffe082"/>`;
    }
    s += crowd(w, h * 1.0, 5, h / 520, people, r);
    return s;
  },

  // Health station: white building, queue of parents with children.
  clinic(w, h, r) {
    let s = sky(w, h, '#80cbc4', '#e0f2f1') + hills(w, h * 0.5, 30, '#a5d6a7', r);
    s += `<rect y="${h * 0.62}" width="${w}" height="${h * 0.38}" fill="#e0e0e0"/>`;
    s += hall(w * 0.2, h * 0.62, w * 0.6, h * 0.3, '#fafafa', '#1e88e5');
    s += `<rect x="${w * 0.5 - 30}" y="${h * 0.2}" width="60" height="18" fill="#43a047"/><rect x="${w * 0.5 - 9}" y="${h * 0.2 - 21}" width="18" height="60" fill="#43a047"/>`;
    for (let i = 0; i < 6; i++) {
      const x = w * 0.12 + i * w * 0.14;
      s += person(x, h * 0.93, 1.6, people[(i + 3) % people.length], r);
      s += person(x + 40, h * 0.93, 0.9, '#ffca28', r);
    }
    return s;
  },
};

// ---------- the list of photos to produce ----------
// [path under content/, scene, width, height, seed, options]
const L = 1600,
  H = 1000,
  PW = 1000,
  PH = 1400;
const photos = [
  ['articles/2024/an-thanh-ra-quan-huan-luyen-dan-quan/anh-bia.jpg', 'drill', L, H, 11, {}],
  ['articles/2024/binh-loc-thu-hoach-lua-dong-xuan/anh-bia.jpg', 'field', L, H, 12, { harvester: true }],
  ['articles/2024/an-thanh-tung-bung-ngay-hoi-den-truong/anh-bia.jpg', 'building', L, H, 13, { wall: '#ffd54f', shirts: ['#ffffff', '#1565c0'], people: 16, bunting: true }],
  ['articles/2025/nang-cao-chi-so-par-index-sipas-papi/anh-bia.jpg', 'meeting', L, H, 21, { backdrop: '#1565c0', wall: '#eceff1' }],
  ['articles/2025/trung-tam-hanh-chinh-cong-di-vao-hoat-dong/anh-bia.jpg', 'building', L, H, 22, { wall: '#fff8e1', roof: '#c62828', people: 14, bunting: true }],
  ['articles/2025/trung-tam-hanh-chinh-cong-di-vao-hoat-dong/anh-2.jpg', 'office', PW, PH, 23, {}],
  ['articles/2025/dai-hoi-dang-bo-xa-an-binh/anh-bia.jpg', 'meeting', L, H, 24, {}],
  ['articles/2025/hop-tac-xa-rau-an-toan-phu-loi/anh-bia.jpg', 'garden', L, H, 25, {}],
  ['articles/2025/dien-tap-chua-chay-tai-cho-an-binh/anh-bia.jpg', 'fire', L, H, 26, {}],
  ['articles/2025/tong-ket-cai-cach-hanh-chinh-nam-2025/anh-bia.jpg', 'meeting', L, H, 27, { backdrop: '#0d47a1', wall: '#f5f5f5' }],
  ['articles/2026/giai-bong-chuyen-hoi-cac-thon-mung-xuan/anh-bia.jpg', 'sports', L, H, 31, {}],
  ['articles/2026/giai-bong-chuyen-hoi-cac-thon-mung-xuan/anh-2.jpg', 'sports', PW, PH, 32, { court: '#c49a6c' }],
  ['articles/2026/khoi-cong-duong-lien-thon-dong-tam-ben-da/anh-bia.jpg', 'village', L, H, 33, { machines: true, road: '#8d6e63' }],
  ['articles/2026/ba-san-pham-dat-chuan-ocop-3-sao/anh-bia.jpg', 'products', L, H, 34, {}],
  ['articles/2026/ba-san-pham-dat-chuan-ocop-3-sao/anh-2.jpg', 'garden', L, H, 35, { leaf: '#2e7d32' }],
  ['articles/2026/giai-quyet-ho-so-9-thang-nam-2026/anh-bia.jpg', 'office', L, H, 36, { wall: '#e8f5e9' }],
  ['articles/2026/ngay-hoi-dai-doan-ket-thon-binh-minh/anh-bia.jpg', 'building', L, H, 37, { wall: '#ffe0b2', roof: '#8d3b22', people: 18, bunting: true, ground: '#d7ccc8' }],
  ['articles/2026/ngay-hoi-dai-doan-ket-thon-binh-minh/anh-2.jpg', 'products', PW, PH, 38, { wall: '#fffde7' }],
  ['articles/2025/tiem-chung-mo-rong-cho-tre-em/anh-bia.jpg', 'clinic', L, H, 39, {}],
  // Article galleries
  ['articles/2026/giai-bong-chuyen-hoi-cac-thon-mung-xuan/anh-3.jpg', 'sports', L, H, 41, { court: '#cfa070' }],
  ['articles/2026/giai-bong-chuyen-hoi-cac-thon-mung-xuan/anh-4.jpg', 'sports', L, H, 42, {}],
  ['articles/2026/giai-bong-chuyen-hoi-cac-thon-mung-xuan/anh-5.jpg', 'building', L, H, 43, { wall: '#e3f2fd', roof: '#1565c0', people: 20, bunting: true }],
  ['articles/2026/giai-bong-chuyen-hoi-cac-thon-mung-xuan/anh-6.jpg', 'sports', PW, PH, 44, { court: '#bf8f5f', orientation: 6 }],
  ['articles/2026/ngay-hoi-dai-doan-ket-thon-binh-minh/anh-3.jpg', 'products', L, H, 45, { wall: '#fff8e1' }],
  ['articles/2026/ngay-hoi-dai-doan-ket-thon-binh-minh/anh-4.jpg', 'building', L, H, 46, { wall: '#fce4ec', roof: '#ad1457', people: 22, bunting: true }],
  ['articles/2026/ngay-hoi-dai-doan-ket-thon-binh-minh/anh-5.jpg', 'meeting', L, H, 47, { backdrop: '#c62828', wall: '#fff3e0' }],
  // Photo library albums
  ['albums/2026/ngay-hoi-van-hoa-the-thao-mung-xuan-2026/anh-01.jpg', 'building', L, H, 51, { wall: '#fff59d', roof: '#c62828', people: 24, bunting: true }],
  ['albums/2026/ngay-hoi-van-hoa-the-thao-mung-xuan-2026/anh-02.jpg', 'sports', L, H, 52, {}],
  ['albums/2026/ngay-hoi-van-hoa-the-thao-mung-xuan-2026/anh-03.jpg', 'products', L, H, 53, { wall: '#f1f8e9' }],
  ['albums/2026/ngay-hoi-van-hoa-the-thao-mung-xuan-2026/anh-04.jpg', 'sports', PW, PH, 54, { court: '#c9a27a', orientation: 6 }],
  ['albums/2026/ngay-hoi-van-hoa-the-thao-mung-xuan-2026/anh-05.jpg', 'village', L, H, 55, {}],
  ['albums/2026/ngay-hoi-van-hoa-the-thao-mung-xuan-2026/anh-06.jpg', 'building', L, H, 56, { wall: '#e1f5fe', roof: '#6d4c41', people: 16, bunting: true }],
  ['albums/2025/mua-gat-dong-xuan-2025/anh-01.jpg', 'field', L, H, 61, { harvester: true }],
  ['albums/2025/mua-gat-dong-xuan-2025/anh-02.jpg', 'field', L, H, 62, {}],
  ['albums/2025/mua-gat-dong-xuan-2025/anh-03.jpg', 'garden', L, H, 63, { leaf: '#558b2f' }],
  ['albums/2025/mua-gat-dong-xuan-2025/anh-04.jpg', 'village', L, H, 64, { machines: true }],
  ['albums/2025/mua-gat-dong-xuan-2025/anh-05.jpg', 'field', PW, PH, 65, { harvester: true }],
  ['albums/2024/le-khai-giang-nam-hoc-2024-2025/anh-01.jpg', 'building', L, H, 71, { wall: '#ffe082', shirts: ['#ffffff', '#1565c0'], people: 20, bunting: true }],
  ['albums/2024/le-khai-giang-nam-hoc-2024-2025/anh-02.jpg', 'meeting', L, H, 72, { backdrop: '#1565c0', wall: '#fffde7' }],
  ['albums/2024/le-khai-giang-nam-hoc-2024-2025/anh-03.jpg', 'building', L, H, 73, { wall: '#c8e6c9', shirts: ['#ffffff', '#1565c0'], people: 12 }],
  ['albums/2024/le-khai-giang-nam-hoc-2024-2025/anh-04.jpg', 'sports', L, H, 74, { court: '#a5d6a7' }],
];

const only = process.argv[2];

for (const [rel, scene, w, h, seed, opts] of photos) {
  if (only && !rel.includes(only)) continue;
  const body = scenes[scene](w, h, rng(seed), opts);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>`;
  const out = join(contentDir, rel);
  await mkdir(dirname(out), { recursive: true });
  let image = sharp(Buffer.from(svg)).blur(0.8);
  // Orientation 6: the upright picture is stored turned a quarter to the left, with the flag to turn it back.
  if (opts.orientation === 6) image = sharp(await image.rotate(270).toBuffer()).withMetadata({ orientation: 6 });
  const info = await image.jpeg({ quality: 80, mozjpeg: true }).toFile(out);
  console.log(`${rel}  ${info.width}×${info.height}${opts.orientation ? ` (EXIF orientation ${opts.orientation})` : ''}  ${(info.size / 1024).toFixed(0)} KB`);
}
