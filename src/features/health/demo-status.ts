/** Whether the demo archive is still filling in on a first start; the UI shows it while it loads. */
export type DemoState = 'none' | 'loading' | 'ready' | 'failed';

export class DemoStatus {
  constructor(private state: DemoState) {}
  get(): DemoState {
    return this.state;
  }
  set(state: DemoState): void {
    this.state = state;
  }
}
