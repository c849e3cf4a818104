import type { Lang, Translator } from '../shared/i18n';
import type { Style } from './format/style';
import type { CliIo } from './io';

/** What every command gets: the outside world, the chosen language and the output style. */
export interface Context {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly t: Translator;
  /** Styling for standard output (plain when it is not a terminal or NO_COLOR is set). */
  readonly style: Style;
}
