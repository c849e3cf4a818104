import { useEffect, useState } from 'react';

/**
 * The sheet's map: the drawMap SVG shown as an image from a Blob URL (the CSP's img-src
 * allows blob:). As an image the SVG is never part of the page's DOM, runs no script and
 * loads nothing, so no document text in it can act as markup here, whatever it holds.
 */
export function SheetMap({
  svg,
  width,
  height,
  alt,
  onReady,
}: {
  svg: string;
  width: number;
  height: number;
  alt: string;
  /** Called once the picture is decoded: printing before that would print a blank box. */
  onReady?: () => void;
}) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const next = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [svg]);
  if (url === null) return null;
  return (
    <img className="sheet-map" src={url} width={width} height={height} alt={alt} onLoad={onReady} onError={onReady} />
  );
}
