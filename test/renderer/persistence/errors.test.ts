import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../../renderer/persistence/errors';

const domError = (name: string, message = `${name} message`) => new DOMException(message, name);

describe('classifyStorageError', () => {
  it('a QuotaExceededError is quota', () => {
    expect(classifyStorageError(domError('QuotaExceededError'))).toEqual({
      kind: 'quota',
      name: 'QuotaExceededError',
      message: 'QuotaExceededError message',
    });
  });

  it("Firefox's legacy quota name is quota", () => {
    expect(classifyStorageError(domError('NS_ERROR_DOM_QUOTA_REACHED')).kind).toBe('quota');
  });

  it('a quota error nested as `inner` of a Dexie AbortError is quota', () => {
    const error = new Dexie.AbortError('Transaction aborted', domError('QuotaExceededError'));
    expect(classifyStorageError(error)).toMatchObject({ kind: 'quota', name: 'AbortError' });
  });

  it('a quota error two levels down, or as a `cause`, is quota', () => {
    const inner = new Dexie.AbortError('aborted', domError('QuotaExceededError'));
    expect(classifyStorageError(new Dexie.OpenFailedError('open failed', inner)).kind).toBe('quota');
    expect(classifyStorageError(new Error('wrapped', { cause: domError('QuotaExceededError') })).kind).toBe('quota');
  });

  it('a BulkError whose failures are quota errors is quota', () => {
    const error = new Dexie.BulkError('2 of 3 failed', {
      0: domError('QuotaExceededError'),
      2: domError('QuotaExceededError'),
    });
    expect(classifyStorageError(error).kind).toBe('quota');
  });

  it.each([
    ['VersionError', new Dexie.VersionError('newer database')],
    ['BlockedError', domError('BlockedError')],
    ['DatabaseClosedError', new Dexie.DatabaseClosedError('closed')],
    ['OpenFailedError', new Dexie.OpenFailedError('could not open')],
    ['UpgradeError', new Dexie.UpgradeError('upgrade threw')],
    ['VersionChangeError', new Dexie.VersionChangeError('another window upgraded')],
    ['OpenFailedError around a VersionError', new Dexie.OpenFailedError('x', domError('VersionError'))],
  ])('%s is blocked', (_name, error) => {
    expect(classifyStorageError(error).kind).toBe('blocked');
  });

  it('keeps the message of the outer error, or the inner one when the outer has none', () => {
    expect(classifyStorageError(new Dexie.DatabaseClosedError('the database was closed')).message).toBe(
      'the database was closed',
    );
    const bare = Object.assign(new Error(''), {
      name: 'AbortError',
      inner: domError('QuotaExceededError', 'disk full'),
    });
    expect(classifyStorageError(bare)).toEqual({ kind: 'quota', name: 'AbortError', message: 'disk full' });
  });

  it.each([
    ['a ConstraintError', new Dexie.ConstraintError('key exists')],
    ['a DataCloneError', domError('DataCloneError')],
    ['a plain Error', new Error('boom')],
    ['a string', 'boom'],
    ['undefined', undefined],
    ['null', null],
    ['an object without a name', { message: 'odd' }],
  ])('%s is unknown', (_label, error) => {
    expect(classifyStorageError(error).kind).toBe('unknown');
  });

  it('never loops on a cyclic chain', () => {
    const a: Record<string, unknown> = { name: 'AbortError', message: 'a' };
    const b: Record<string, unknown> = { name: 'AbortError', message: 'b', inner: a };
    a['inner'] = b;
    expect(classifyStorageError(a)).toEqual({ kind: 'unknown', name: 'AbortError', message: 'a' });
  });
});
