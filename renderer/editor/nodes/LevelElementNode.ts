import { $getState, $setState, createState, ElementNode } from 'lexical';
import { subHeadingLevel, type SubHeadingLevel } from '../../../shared/report/heading-numbers';

/** Level 2 （一）, 3 1. or 4 （1）, written flat as `level` in the JSON the shared model reads. */
export const headingLevelState = createState('level', {
  parse: subHeadingLevel,
});

/**
 * What the two numbered nodes share: the level, and an element that carries it as data for the
 * stylesheet and the numbering. A base class only, keyed by a symbol: never registered or created.
 */
export class LevelElementNode extends ElementNode {
  override $config() {
    return this.config(Symbol.for('LevelElementNode'), {
      extends: ElementNode,
      stateConfigs: [{ stateConfig: headingLevelState, flat: true }],
    });
  }

  getLevel(): SubHeadingLevel {
    return $getState(this, headingLevelState);
  }

  setLevel(level: SubHeadingLevel): this {
    return $setState(this, headingLevelState, level);
  }

  protected createLevelDOM(tag: 'p' | 'span', className: string): HTMLElement {
    const element = document.createElement(tag);
    element.className = className;
    element.dataset.level = String(this.getLevel());
    return element;
  }

  override updateDOM(previous: this, dom: HTMLElement): boolean {
    if (previous.getLevel() !== this.getLevel()) dom.dataset.level = String(this.getLevel());
    return false;
  }
}
