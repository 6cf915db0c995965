import { Providers } from './providers';
import { AtlasScreen } from './atlas-screen';

export function App() {
  return (
    <Providers>
      <AtlasScreen />
    </Providers>
  );
}
