import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../app/i18n';

/** Renders a component with the app's i18n instance in the given language. */
export async function renderWithI18n(ui: ReactElement, lang: 'en' | 'zh' = 'en') {
  await i18n.changeLanguage(lang);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
