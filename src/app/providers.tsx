import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n';

const queryClient = new QueryClient();

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>
        <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
      </NuqsAdapter>
    </QueryClientProvider>
  );
}
