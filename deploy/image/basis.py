#!/usr/bin/env python3
"""Builds the hub's base image as a docker-save tar without a daemon, from parts that are pinned: glibc as this
machine's Debian package (its version is checked against basis.lock) and a Java runtime linked by jlink from the JDK
the build runs on (its version is checked too). Every file gets mtime 0, uid/gid 0 and a sorted place in its layer, so
the same inputs give the same layer digests; the image id (sha256 of its config) is printed and written next to the
tar, and compared with basis.lock unless --vrij is given."""
import gzip, hashlib, io, json, os, subprocess, sys, tarfile, tempfile

HIER = os.path.dirname(os.path.abspath(__file__))
MODULES = "java.se,jdk.unsupported,jdk.naming.dns,jdk.zipfs,jdk.management,jdk.crypto.cryptoki,jdk.net,jdk.jfr"


def lees_lock():
    lock = {}
    for regel in open(os.path.join(HIER, "basis.lock")):
        regel = regel.strip()
        if regel and not regel.startswith("#"):
            k, v = regel.split("=", 1)
            lock[k.strip()] = v.strip()
    return lock


def dpkg_versie(pakket):
    return subprocess.check_output(["dpkg-query", "-W", "-f=${Version}", pakket], text=True)


def java_versie(java_home):
    for regel in open(os.path.join(java_home, "release")):
        if regel.startswith("JAVA_RUNTIME_VERSION="):
            return regel.split("=", 1)[1].strip().strip('"')
    raise SystemExit("no JAVA_RUNTIME_VERSION in " + java_home + "/release")


def info(naam, soort, grootte=0, modus=0o644, doel=None):
    t = tarfile.TarInfo(naam)
    t.type, t.size, t.mode, t.mtime, t.uid, t.gid, t.uname, t.gname = soort, grootte, modus, 0, 0, 0, "", ""
    if doel is not None:
        t.linkname = doel
    return t


def laag(bestanden):
    """bestanden: sorted list of (path in image, host path or None for a directory or bytes)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for naam, bron in bestanden:
            if isinstance(bron, bytes):
                tar.addfile(info(naam, tarfile.REGTYPE, len(bron), 0o644), io.BytesIO(bron))
            elif isinstance(bron, tuple):  # (directory, mode)
                tar.addfile(info(naam, tarfile.DIRTYPE, 0, bron[1]))
            elif os.path.islink(bron):
                tar.addfile(info(naam, tarfile.SYMTYPE, 0, 0o777, os.readlink(bron)))
            elif os.path.isdir(bron):
                tar.addfile(info(naam, tarfile.DIRTYPE, 0, 0o755))
            else:
                modus = 0o755 if os.access(bron, os.X_OK) else 0o644
                with open(bron, "rb") as f:
                    tar.addfile(info(naam, tarfile.REGTYPE, os.path.getsize(bron), modus), f)
    return buf.getvalue()


def boom(wortel, prefix):
    uit = []
    for map_, mappen, bestanden in os.walk(wortel):
        mappen.sort()
        rel = os.path.relpath(map_, wortel)
        if rel != ".":
            uit.append((prefix + "/" + rel, map_))
        for b in sorted(bestanden):
            uit.append((prefix + "/" + (b if rel == "." else rel + "/" + b), os.path.join(map_, b)))
    return uit


def main():
    vrij = "--vrij" in sys.argv
    doel = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "target/basis/thv-basis.tar"
    java_home = os.environ.get("JAVA_HOME") or sys.exit("JAVA_HOME must point to a JDK >= 21")
    lock = lees_lock()
    libc, java = dpkg_versie("libc6"), java_versie(java_home)
    if not vrij and (libc != lock["libc6"] or java != lock["java"]):
        sys.exit(f"base inputs differ from deploy/image/basis.lock: libc6 {libc} (lock {lock['libc6']}), java {java} "
                 f"(lock {lock['java']}); update the lock deliberately or pass --vrij")
    # layer 1: glibc as Debian ships it, and the few files a process needs (users, tmp)
    libc_bestanden = [p for p in subprocess.check_output(["dpkg-query", "-L", "libc6"], text=True).splitlines()
                      if p and not p.startswith("/usr/share/doc") and not p.startswith("/usr/share/lintian")
                      and os.path.lexists(p) and not os.path.isdir(p)]
    namen = set()
    os_laag = []
    for p in sorted(libc_bestanden):
        delen = p.strip("/").split("/")
        for i in range(1, len(delen)):
            d = "/".join(delen[:i])
            if d not in namen:
                namen.add(d)
                os_laag.append((d, ("dir", 0o755)))
        os_laag.append((p.strip("/"), p))
    for d, modus in (("etc", 0o755), ("tmp", 0o1777), ("home", 0o755), ("home/thv", 0o755)):
        if d not in namen:
            namen.add(d)
            os_laag.append((d, ("dir", modus)))
    os_laag.append(("etc/passwd", b"root:x:0:0:root:/root:/sbin/nologin\nthv:x:185:185:THV-hub:/home/thv:/sbin/nologin\n"))
    os_laag.append(("etc/group", b"root:x:0:\nthv:x:185:\n"))
    os_laag.append(("etc/nsswitch.conf", b"passwd: files\ngroup: files\nhosts: files dns\n"))
    os_laag.sort(key=lambda e: e[0])
    # layer 2: the Java runtime
    with tempfile.TemporaryDirectory() as tmp:
        jre = os.path.join(tmp, "java")
        subprocess.check_call([os.path.join(java_home, "bin", "jlink"), "--add-modules", MODULES, "--strip-debug",
                               "--no-header-files", "--no-man-pages", "--output", jre])
        java_laag = [("opt", ("dir", 0o755))] + boom(jre, "opt/java")
        lagen = [laag(os_laag), laag(java_laag)]
    diff_ids = ["sha256:" + hashlib.sha256(l).hexdigest() for l in lagen]
    config = {"architecture": "amd64", "os": "linux", "created": "1970-01-01T00:00:00Z",
              "config": {"User": "185", "WorkingDir": "/home/thv",
                         "Env": ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java", "LANG=C.UTF-8"],
                         "Labels": {"org.opencontainers.image.title": "thv-hub-basis",
                                    "org.opencontainers.image.description": f"glibc {libc} (Debian) + Java {java} (jlink)"}},
              "rootfs": {"type": "layers", "diff_ids": diff_ids},
              "history": [{"created": "1970-01-01T00:00:00Z", "created_by": f"libc6 {libc}"},
                          {"created": "1970-01-01T00:00:00Z", "created_by": f"jlink {MODULES}"}]}
    config_json = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
    image_id = "sha256:" + hashlib.sha256(config_json).hexdigest()
    os.makedirs(os.path.dirname(os.path.abspath(doel)), exist_ok=True)
    with tarfile.open(doel, "w", format=tarfile.GNU_FORMAT) as tar:
        def voeg(naam, data):
            tar.addfile(info(naam, tarfile.REGTYPE, len(data)), io.BytesIO(data))
        laagnamen = []
        for d, l in zip(diff_ids, lagen):
            naam = d.split(":")[1] + "/layer.tar"
            laagnamen.append(naam)
            voeg(naam, l)
        voeg(image_id.split(":")[1] + ".json", config_json)
        voeg("manifest.json", json.dumps([{"Config": image_id.split(":")[1] + ".json",
                                           "RepoTags": ["thv-hub-basis:lokaal"], "Layers": laagnamen}]).encode())
    open(doel + ".id", "w").write(image_id + "\n")
    if not vrij and image_id != lock["image"]:
        sys.exit(f"base image {image_id} differs from deploy/image/basis.lock ({lock['image']}) with the same inputs: "
                 "the build is not reproducible here")
    print(f"{doel}: {image_id} (glibc {libc}, Java {java}, {sum(len(l) for l in lagen) // (1024 * 1024)} MiB)")


main()
