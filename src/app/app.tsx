import { Providers } from './providers';
import { AtlasScreen } from './atlas-screen';
import { LoadBoundary } from '../components/load-boundary';

export function App() {
  return (
    <Providers>
      <LoadBoundary part="app" className="app-failed">
        <AtlasScreen />
      </LoadBoundary>
    </Providers>
  );
}
