/** React Flow's own accessible names and descriptions, in the interface language. */
import type { AriaLabelConfig } from '@xyflow/react';
import type { Translator } from '../../shared/i18n';

export function ariaLabels(t: Translator): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('canvas.a11y.node'),
    'node.a11yDescription.keyboardDisabled': t('canvas.a11y.nodeKeyboardOff'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('canvas.a11y.moved', { direction: directionWord(t, direction), x, y }),
    'edge.a11yDescription.default': t('canvas.a11y.edge'),
    'controls.ariaLabel': t('canvas.controls'),
    'controls.zoomIn.ariaLabel': t('canvas.zoomIn'),
    'controls.zoomOut.ariaLabel': t('canvas.zoomOut'),
    'controls.fitView.ariaLabel': t('canvas.zoomToFit'),
    'controls.interactive.ariaLabel': t('canvas.interactive'),
    'minimap.ariaLabel': t('canvas.minimap'),
    'handle.ariaLabel': t('canvas.handle'),
  };
}

function directionWord(t: Translator, direction: string): string {
  switch (direction) {
    case 'up':
    case 'down':
    case 'left':
    case 'right':
      return t(`canvas.direction.${direction}`);
    default:
      return direction;
  }
}
