import { useState } from 'react';
import { useLang } from '../i18n/LangContext';
import {
  readSavedFilters,
  SAVED_FILTERS_KEY,
  withSavedFilter,
  type PipelineViewState,
  type SavedFilter,
} from './viewState';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function loadSaved(): SavedFilter[] {
  return readSavedFilters(storage()?.getItem(SAVED_FILTERS_KEY) ?? null);
}

function keep(list: readonly SavedFilter[]): void {
  try {
    storage()?.setItem(SAVED_FILTERS_KEY, JSON.stringify(list));
  } catch {
    // A full or blocked storage keeps the filters for this visit only.
  }
}

/** Saved filters, stored locally: choose one, save the current view under a name, delete one. */
export function SavedFilters({
  view,
  onChoose,
  onSaved,
}: {
  view: PipelineViewState;
  onChoose: (view: PipelineViewState) => void;
  onSaved: (name: string) => void;
}) {
  const { t } = useLang();
  const [saved, setSaved] = useState<SavedFilter[]>(loadSaved);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const update = (list: SavedFilter[]) => {
    setSaved(list);
    keep(list);
  };
  return (
    <div className="pl-saved" role="group" aria-label={t('pipelineApp.saved')}>
      <label className="pl-field">
        <span>{t('pipelineApp.saved')}</span>
        <select
          value={chosen}
          onChange={(e) => {
            setChosen(e.target.value);
            const entry = saved.find((f) => f.name === e.target.value);
            if (entry) onChoose(entry.view);
          }}
        >
          <option value="">{t('pipelineApp.saved.none')}</option>
          {saved.map((f) => (
            <option key={f.name} value={f.name}>
              {f.name}
            </option>
          ))}
        </select>
      </label>
      {chosen !== '' && (
        <button
          type="button"
          onClick={() => {
            update(saved.filter((f) => f.name !== chosen));
            setChosen('');
          }}
        >
          {t('pipelineApp.saved.delete')}
        </button>
      )}
      <form
        className="pl-save-form"
        onSubmit={(e) => {
          e.preventDefault();
          const trimmed = name.trim();
          if (trimmed === '') return;
          update(withSavedFilter(saved, { name: trimmed, view }));
          setChosen(trimmed);
          setName('');
          onSaved(trimmed);
        }}
      >
        <label className="pl-field">
          <span className="visually-hidden">{t('pipelineApp.saved.name')}</span>
          <input
            type="text"
            value={name}
            placeholder={t('pipelineApp.saved.name')}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" disabled={name.trim() === ''}>
          {t('pipelineApp.saved.save')}
        </button>
      </form>
    </div>
  );
}
