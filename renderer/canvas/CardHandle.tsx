/**
 * One connection handle of a card: React Flow's `Handle`, with its marks read from one
 * subscription shared by every handle (handleMarks.ts says why) instead of one each.
 *
 * It is the same element to React Flow: the same data attributes and classes (React Flow
 * finds a card's handles by them when it measures the card, and the handle under the
 * pointer by them while a line is drawn), and a press or a click starts or ends a line
 * through React Flow's own connection code (`XYHandle`), with the store's settings.
 */
import { XYHandle, getHostForElement, isMouseEvent } from '@xyflow/system';
import { useNodeId, useStoreApi, type Connection, type Position } from '@xyflow/react';
import { memo, useCallback, useSyncExternalStore, type MouseEvent, type TouchEvent } from 'react';
import { MARK_CLICK_START, MARK_FROM, MARK_TO, MARK_VALID, handleKey, marksFor, type HandleMark } from './handleMarks';

/** Our handles are all sources: in React Flow's loose mode a line joins any two of them. */
const TYPE = 'source';

export interface CardHandleProps {
  readonly id: string;
  readonly position: Position;
  readonly isConnectable: boolean;
  readonly className: string;
  readonly title?: string;
}

/** React Flow's classes for a handle with these marks (its `Handle`, a source that may start and end a line). */
export function handleClass(
  { position, isConnectable, className }: Omit<CardHandleProps, 'id' | 'title'>,
  noPanClassName: string,
  mark: HandleMark,
): string {
  const classes = ['react-flow__handle', `react-flow__handle-${position}`, 'nodrag', noPanClassName, className, TYPE];
  if (isConnectable) classes.push('connectable');
  classes.push('connectablestart', 'connectableend');
  if (mark & MARK_CLICK_START) classes.push('clickconnecting');
  if (mark & MARK_FROM) classes.push('connectingfrom');
  if (mark & MARK_TO) classes.push('connectingto');
  if (mark & MARK_VALID) classes.push('valid');
  // Where a line may start or end: every connectable handle but the one a line is drawn from.
  if (isConnectable && !(mark & MARK_FROM)) classes.push('connectionindicator');
  return classes.join(' ');
}

export const CardHandle = memo(function CardHandle(props: CardHandleProps) {
  const { id, position, title } = props;
  // Untyped, as React Flow's own Handle reads it: XYHandle takes the store's parts as base types.
  const store = useStoreApi();
  const nodeId = useNodeId() ?? '';
  const marks = marksFor(store);
  const key = handleKey(nodeId, id, TYPE);
  const subscribe = useCallback((listener: () => void) => marks.subscribe(key, listener), [marks, key]);
  const mark = useSyncExternalStore(subscribe, () => marks.get(key));
  const { noPanClassName, rfId } = store.getState();

  const onConnect = (connection: Connection) => {
    const { defaultEdgeOptions, onConnect } = store.getState();
    onConnect?.({ ...defaultEdgeOptions, ...connection });
  };

  const onPointerDown = (event: MouseEvent<HTMLDivElement> | TouchEvent<HTMLDivElement>) => {
    const mouse = isMouseEvent(event.nativeEvent);
    if (!nodeId || (mouse && (event as MouseEvent).button !== 0)) return;
    const state = store.getState();
    XYHandle.onPointerDown(event.nativeEvent, {
      handleDomNode: event.currentTarget,
      autoPanOnConnect: state.autoPanOnConnect,
      connectionMode: state.connectionMode,
      connectionRadius: state.connectionRadius,
      domNode: state.domNode,
      nodeLookup: state.nodeLookup,
      lib: state.lib,
      isTarget: false,
      handleId: id,
      nodeId,
      flowId: state.rfId,
      panBy: state.panBy,
      cancelConnection: state.cancelConnection,
      onConnectStart: state.onConnectStart,
      onConnectEnd: (...args) => store.getState().onConnectEnd?.(...args),
      updateConnection: state.updateConnection,
      onConnect,
      isValidConnection: (...args) => store.getState().isValidConnection?.(...args) ?? true,
      getTransform: () => store.getState().transform,
      getFromHandle: () => store.getState().connection.fromHandle,
      autoPanSpeed: state.autoPanSpeed,
      dragThreshold: state.connectionDragThreshold,
    });
  };

  // A click on a handle starts a line, and a click on another ends it (React Flow's
  // connectOnClick). The canvas hears of the line by onConnect alone: it sets no
  // onClickConnectStart or onClickConnectEnd, so they are not called here.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const state = store.getState();
    const start = state.connectionClickStartHandle;
    if (!nodeId || !state.connectOnClick) return;
    if (!start) {
      store.setState({ connectionClickStartHandle: { nodeId, type: TYPE, id } });
      return;
    }
    const { connection, isValid } = XYHandle.isValid(event.nativeEvent, {
      handle: { nodeId, id, type: TYPE },
      connectionMode: state.connectionMode,
      fromNodeId: start.nodeId,
      fromHandleId: start.id ?? null,
      fromType: start.type,
      isValidConnection: state.isValidConnection,
      flowId: state.rfId,
      doc: getHostForElement(event.target),
      lib: state.lib,
      nodeLookup: state.nodeLookup,
    });
    if (isValid && connection) onConnect(connection);
    store.setState({ connectionClickStartHandle: null });
  };

  return (
    <div
      data-handleid={id}
      data-nodeid={nodeId}
      data-handlepos={position}
      data-id={`${rfId}-${nodeId}-${id}-${TYPE}`}
      className={handleClass(props, noPanClassName, mark)}
      onMouseDown={onPointerDown}
      onTouchStart={onPointerDown}
      onClick={onClick}
      title={title}
    />
  );
});
