import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useQueryStates } from 'nuqs';
import { LinkProvider, mendOpeningLink, useOpeningLink, writeAddress } from './adapter';
import { urlParsers } from './params';

const go = (search: string) => window.history.replaceState(null, '', `/${search}`);

afterEach(() => {
  cleanup();
  go('');
});

describe('the address is written in one place, in canonical order', () => {
  it('mends the opening link before the first render, and says what it mended', () => {
    go('?at=121.6000,38.9100,9.50&zone=dagushan&lang=zh&lang=en&junk=1');
    const length = window.history.length;
    const opening = mendOpeningLink();
    expect(window.location.search).toBe('?lang=zh&zone=dagushan&at=121.6000%2C38.9100%2C9.50');
    expect(opening.search).toBe(window.location.search);
    expect(opening.problems.map((p) => [p.key, p.fix])).toEqual([
      ['junk', 'removed'],
      ['lang', 'duplicate'],
    ]);
    // Replaced, not pushed: Back leaves the atlas as it would have.
    expect(window.history.length).toBe(length);
  });

  it('leaves a canonical opening link alone', () => {
    go('?lang=zh&zone=dagushan');
    expect(mendOpeningLink()).toEqual({ search: '?lang=zh&zone=dagushan', problems: [] });
  });

  it('writes any search in canonical order, pushing or replacing', () => {
    const length = window.history.length;
    writeAddress(new URLSearchParams('cluster=software&lang=zh&zone=high-tech-zone'), 'push');
    expect(window.location.search).toBe('?lang=zh&zone=high-tech-zone&cluster=software');
    expect(window.history.length).toBe(length + 1);
    writeAddress('view=zones&hide=software,electronics', 'replace');
    expect(window.location.search).toBe('?view=zones&hide=electronics%2Csoftware');
    expect(window.history.length).toBe(length + 1);
  });

  it('nuqs state set anywhere in the app lands in the address in canonical order, and reads back', async () => {
    go('?at=121.6000%2C38.9100%2C9.50');
    let set: ReturnType<typeof useQueryStates<typeof urlParsers>>[1] | undefined;
    let read: ReturnType<typeof useQueryStates<typeof urlParsers>>[0] | undefined;
    let problems: unknown;
    function Probe() {
      const [state, setState] = useQueryStates(urlParsers, { history: 'push' });
      set = setState;
      read = state;
      problems = useOpeningLink().problems;
      return null;
    }
    render(
      <LinkProvider opening={{ search: window.location.search, problems: [] }}>
        <Probe />
      </LinkProvider>,
    );
    expect(read?.at).toEqual({ lon: 121.6, lat: 38.91, zoom: 9.5 });
    expect(problems).toEqual([]);
    await act(async () => {
      await set!({ hide: ['software', 'electronics'], zone: 'dagushan', cluster: 'petrochemicals', lang: 'zh' });
    });
    expect(window.location.search).toBe('?lang=zh&zone=dagushan&cluster=petrochemicals&hide=electronics%2Csoftware&at=121.6000%2C38.9100%2C9.50');
    expect(read?.zone).toBe('dagushan');
    // Back and Forward are read, too.
    await act(async () => {
      window.history.replaceState(null, '', '/?view=zones');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(read?.view).toBe('zones');
    expect(read?.zone).toBeNull();
  });
});
