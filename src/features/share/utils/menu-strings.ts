import type { i18n as I18n } from 'i18next';
import en from '../locales/menu/en.json';
import zh from '../locales/menu/zh.json';

const done = new WeakSet<I18n>();

/**
 * The menu's strings (both languages) travel with the menu's lazy chunk rather than the first-paint
 * bundle; the button's own strings are in ../locales/{en,zh}.json, merged by the app at start.
 */
export function addMenuStrings(i18n: I18n): void {
  if (done.has(i18n)) return;
  i18n.addResourceBundle('en', 'translation', en, true, false);
  i18n.addResourceBundle('zh', 'translation', zh, true, false);
  done.add(i18n);
}
