import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  RELEASE_SYNC,
  type QuickJSWASMModule,
} from 'quickjs-emscripten';

/** The heap the QuickJS build starts with (its INITIAL_MEMORY), in bytes. */
const INITIAL_HEAP_BYTES = 16 * 1024 * 1024;
const WASM_PAGE_BYTES = 64 * 1024;

/** One QuickJS WebAssembly module per memory limit, loaded on first use. */
const modules = new Map<number, Promise<QuickJSWASMModule>>();

/**
 * The shared QuickJS module for scripts limited to `memoryBytes`. Its WebAssembly memory may grow to the
 * initial 16 MiB heap plus `memoryBytes` and no further: QuickJS's own memory limit counts only single
 * allocations in this build (its `malloc_usable_size` is 0 under Emscripten), so the capped memory is what
 * makes a script that allocates without end fail with "out of memory" instead of growing the process by
 * gigabytes. A load that fails is forgotten, so the next call tries again.
 */
export function sandboxModule(memoryBytes: number): Promise<QuickJSWASMModule> {
  let loading = modules.get(memoryBytes);
  if (!loading) {
    const pages = Math.ceil((INITIAL_HEAP_BYTES + memoryBytes) / WASM_PAGE_BYTES);
    const wasmMemory = new WebAssembly.Memory({
      initial: INITIAL_HEAP_BYTES / WASM_PAGE_BYTES,
      maximum: pages,
    });
    loading = newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC, { wasmMemory }));
    loading.catch(() => discardSandboxModule(memoryBytes));
    modules.set(memoryBytes, loading);
  }
  return loading;
}

/**
 * Forgets the module for `memoryBytes`, so the next run loads a fresh one. Called when a runtime failed to
 * dispose or the module threw on the host side (its state can no longer be trusted); the old module is
 * garbage-collected once nothing refers to it.
 */
export function discardSandboxModule(memoryBytes: number): void {
  modules.delete(memoryBytes);
}
