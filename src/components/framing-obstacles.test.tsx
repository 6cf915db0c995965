import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { FramingObstaclesProvider, useFramingObstacle, useFramingObstacles } from './framing-obstacles';

afterEach(cleanup);

// Each overlay has its own width, so the map's rectangles say which overlays are registered.
function Overlay({ width, on }: { width: number; on: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useFramingObstacle(ref, on);
  return <div ref={ref} data-width={width} />;
}

const seen: { version: number; widths: number[] }[] = [];
function Map() {
  const { version, rects } = useFramingObstacles();
  seen.push({ version, widths: rects().map((r) => r.width) });
  return null;
}

describe('framing obstacles', () => {
  it('tells the map when an overlay registers or goes, with its rectangle', () => {
    // jsdom lays nothing out: give the overlays a size.
    const proto = HTMLElement.prototype.getBoundingClientRect;
    HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
      const width = Number(this.dataset.width);
      return { x: 0, y: 0, left: 0, top: 0, right: width, bottom: 50, width, height: 50, toJSON: () => ({}) };
    };
    try {
      seen.length = 0;
      const { rerender } = render(
        <FramingObstaclesProvider>
          <Map />
          <Overlay width={300} on={true} />
          <Overlay width={100} on={false} />
        </FramingObstaclesProvider>,
      );
      expect(seen.at(-1)!.widths).toEqual([300]);
      const before = seen.at(-1)!.version;
      rerender(
        <FramingObstaclesProvider>
          <Map />
          <Overlay width={300} on={false} />
          <Overlay width={100} on={true} />
        </FramingObstaclesProvider>,
      );
      expect(seen.at(-1)!.widths).toEqual([100]);
      expect(seen.at(-1)!.version).toBeGreaterThan(before);
    } finally {
      HTMLElement.prototype.getBoundingClientRect = proto;
    }
  });

  it('is empty outside a provider', () => {
    seen.length = 0;
    render(
      <>
        <Map />
        <Overlay width={300} on={true} />
      </>,
    );
    expect(seen.at(-1)!.widths).toEqual([]);
  });
});
