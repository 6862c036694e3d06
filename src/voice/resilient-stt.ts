import { stt, type APIConnectOptions, type AudioBuffer } from '@livekit/agents';

/**
 * A speech recogniser whose failures do not end the call: it delegates to the provider's STT and re-emits
 * its errors as recoverable. An AgentSession closes on an unrecoverable STT error; a Guidepost call instead
 * tells the person it cannot hear them and goes on with typed messages (see startWizardCall), so the run's
 * conversation is not cut off by a recogniser outage or a bad provider key.
 */
export class ResilientSTT extends stt.STT {
  label: string;

  constructor(private readonly inner: stt.STT) {
    super(inner.capabilities);
    this.label = inner.label;
    inner.on('error', (error) => this.emit('error', { ...error, recoverable: true }));
    inner.on('metrics_collected', (metrics) => this.emit('metrics_collected', metrics));
  }

  override get model(): string {
    return this.inner.model;
  }

  override get provider(): string {
    return this.inner.provider;
  }

  protected _recognize(frame: AudioBuffer, abortSignal?: AbortSignal): Promise<stt.SpeechEvent> {
    return this.inner.recognize(frame, abortSignal);
  }

  stream(options?: { connOptions?: APIConnectOptions }): stt.SpeechStream {
    return this.inner.stream(options);
  }

  override close(): Promise<void> {
    return this.inner.close();
  }
}
