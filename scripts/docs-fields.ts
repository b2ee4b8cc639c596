/** `npm run docs:fields`: rewrite the field tables of docs/huong-dan-bien-tap.md from the schemas (src/editor/field-table.ts). */
import fs from 'node:fs';
import { replaceTables } from '../src/editor/field-table.ts';

const GUIDE = 'docs/huong-dan-bien-tap.md';
const before = fs.readFileSync(GUIDE, 'utf8');
const after = replaceTables(before);
fs.writeFileSync(GUIDE, after);
console.log(after === before ? `${GUIDE}: bảng trường đã đúng, không đổi.` : `${GUIDE}: đã cập nhật bảng trường.`);
