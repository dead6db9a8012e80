# Runs a command on a pseudo-terminal (stdin, stdout and stderr all on it)
# and prints {"code", "out"} as JSON: what a user at a terminal would see.
import fcntl, json, os, pty, struct, sys, termios

argv = json.loads(sys.argv[1])
env = json.loads(sys.argv[2])
pid, fd = pty.fork()
if pid == 0:
    os.execve(argv[0], argv, env)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
out = b""
while True:
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
_, status = os.waitpid(pid, 0)
print(json.dumps({"code": os.waitstatus_to_exitcode(status), "out": out.decode("utf-8", "replace")}))
