# Runs a command on a pseudo-terminal (stdin, stdout and stderr all on it)
# and prints {"code", "out", "timedOut"} as JSON: what a user at a terminal
# would see. With a third argument (seconds), a command still running then
# (waiting at a prompt nobody answers) is killed: "timedOut" is true and
# "code" null.
import fcntl, json, os, pty, select, signal, struct, sys, termios, time

argv = json.loads(sys.argv[1])
env = json.loads(sys.argv[2])
timeout = float(sys.argv[3]) if len(sys.argv) > 3 else None
pid, fd = pty.fork()
if pid == 0:
    os.execve(argv[0], argv, env)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
deadline = None if timeout is None else time.monotonic() + timeout
out = b""
timed_out = False
while True:
    if deadline is not None:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            timed_out = True
            os.killpg(pid, signal.SIGKILL)  # the child leads its own session
            break
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
_, status = os.waitpid(pid, 0)
code = None if timed_out else os.waitstatus_to_exitcode(status)
print(json.dumps({"code": code, "out": out.decode("utf-8", "replace"), "timedOut": timed_out}))
