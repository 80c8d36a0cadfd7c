const SDK_NODE_WARNING = 'NodeVersionSupportWarning';

/**
 * Replaces Node's default warning printer so that the AWS SDK's notice about Node versions
 * (nine lines, on every start of the CLI and the local stack, while this project supports
 * Node 20 on purpose) is handed to `onSdkNotice` instead. Every other warning is printed as
 * Node prints it.
 */
export function redirectSdkNodeVersionWarning(onSdkNotice: (message: string) => void): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name === SDK_NODE_WARNING || warning.message.includes(SDK_NODE_WARNING)) {
      onSdkNotice(`Node ${process.version} works; AWS SDK releases from 2027 will need Node 22+`);
      return;
    }
    process.stderr.write(`(node:${process.pid}) ${warning.name}: ${warning.message}\n`);
  });
}
