import type { CSSProperties } from 'react';
import type { ReviewSheet } from '../../shared/export/sheet';
import { BLOCK_MM, type FlowBlock } from './packPages';
import { SheetGapText } from './SheetDocument';
import { SheetPosition } from './SheetPosition';
import { SheetTable } from './SheetTable';

/** A block capped at its height in the pagination, so the page holds what packPages.ts counted. */
const capped = (mm: number): CSSProperties => ({ maxHeight: `${mm}mm`, overflow: 'hidden' });

function Block({ sheet, block, idPrefix }: { sheet: ReviewSheet; block: FlowBlock; idPrefix: string }) {
  switch (block.kind) {
    case 'gapsHeading':
      return <h2 style={capped(BLOCK_MM.heading)}>{sheet.sections.gaps}</h2>;
    case 'gapsNone':
      return <p style={capped(BLOCK_MM.note)}>{sheet.gaps.none}</p>;
    case 'groupHeading': {
      const group = sheet.gaps.groups[block.group]!;
      return (
        <h3 className={`pack-group severity-${group.severity}`} style={capped(BLOCK_MM.groupHeading)}>
          {group.heading}
        </h3>
      );
    }
    case 'gap': {
      const group = sheet.gaps.groups[block.group]!;
      return (
        <div className={`pack-gap severity-${group.severity}`} style={capped(BLOCK_MM.gap)}>
          <SheetGapText gap={group.gaps[block.index]!} />
        </div>
      );
    }
    case 'position':
      return sheet.position ? (
        <div style={capped(BLOCK_MM.position)}>
          <SheetPosition heading={sheet.sections.position} position={sheet.position} idPrefix={idPrefix} />
        </div>
      ) : null;
    case 'stakeholdersHeading':
      return <h2 style={capped(BLOCK_MM.heading)}>{sheet.sections.stakeholders}</h2>;
    case 'stakeholdersNone':
      return <p style={capped(BLOCK_MM.note)}>{sheet.table.empty}</p>;
    case 'stakeholderRows':
      return <SheetTable table={sheet.table} from={block.from} to={block.to} clamped />;
  }
}

/**
 * One page of a deal's flowing part: its gaps, position and stakeholders, as paginated.
 * `idPrefix` is the deal's (as its top page's), so the ids of many deals never meet.
 */
export function PackDealFlow({
  sheet,
  blocks,
  idPrefix,
}: {
  sheet: ReviewSheet;
  blocks: readonly FlowBlock[];
  idPrefix: string;
}) {
  return (
    <>
      {blocks.map((block, index) => (
        <Block key={index} sheet={sheet} block={block} idPrefix={idPrefix} />
      ))}
    </>
  );
}
