import { Providers } from './providers';
import { AtlasScreen } from './atlas-screen';
import { LoadBoundary } from '../components/load-boundary';
import type { OpeningLink } from '../lib/link';

export function App({ opening }: { opening: OpeningLink }) {
  return (
    <Providers opening={opening}>
      <LoadBoundary part="app" className="app-failed">
        <AtlasScreen />
      </LoadBoundary>
    </Providers>
  );
}
