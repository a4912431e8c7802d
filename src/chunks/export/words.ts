/** The export menu's words, in English and Dutch: its items, shown once this chunk is here, and what a copy says. */
import type { ExportKind } from '../../view/model.js';

type MenuWords = Record<ExportKind, string> & { copied: string };

const en: MenuWords = {
  csv: 'Download CSV',
  copy: 'Copy as table',
  png: 'Image (PNG)',
  image: 'Copy as image',
  svg: 'Image (SVG)',
  copied: 'Copied.',
};

const nl: MenuWords = {
  csv: 'CSV downloaden',
  copy: 'Als tabel kopiëren',
  png: 'Afbeelding (PNG)',
  image: 'Kopieer als afbeelding',
  svg: 'Afbeelding (SVG)',
  copied: 'Gekopieerd.',
};

export const menuWords = (lang: 'nl' | 'en') => (lang == 'nl' ? nl : en);
