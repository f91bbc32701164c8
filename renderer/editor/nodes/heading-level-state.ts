import { createState } from 'lexical';
import type { HeadingLevel } from '../../../shared/report/heading-numbers';

export type SubHeadingLevel = Exclude<HeadingLevel, 1>;

/** Level 2 （一）, 3 1. or 4 （1）, written flat as `level` in the JSON the shared model reads. */
export const headingLevelState = createState('level', {
  parse: (value): SubHeadingLevel => (value === 3 || value === 4 ? value : 2),
});

/** The element of a numbered node: its level as data, read by the stylesheet and the numbering. */
export function createLevelElement(tag: 'p' | 'span', className: string, level: SubHeadingLevel): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.dataset.level = String(level);
  return element;
}

export function updateLevelElement(dom: HTMLElement, previous: SubHeadingLevel, next: SubHeadingLevel): void {
  if (previous !== next) dom.dataset.level = String(next);
}
