import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n';
import { LinkProvider, type OpeningLink } from '../lib/link';

const queryClient = new QueryClient();

export function Providers({ opening, children }: { opening: OpeningLink; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LinkProvider opening={opening}>
        <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
      </LinkProvider>
    </QueryClientProvider>
  );
}
