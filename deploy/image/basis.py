#!/usr/bin/env python3
"""Builds the hub's base image as a docker-save tar without a daemon, from declared inputs only, and proves it
reproducible.

Inputs (pinned in basis.lock): glibc and the CA certificates as this machine's Debian packages ship them (every file is
checked against the package's md5sums, so a file changed on this machine is refused), the JDK that jlink links from,
and binutils (jlink --strip-debug runs objcopy). Nothing else of the machine enters the image: the JDK's own
lib/security/cacerts is a link to the machine's trust store (/etc/ssl/certs/java/cacerts, which holds this machine's
local CAs and the date each was added), so the image gets a trust store written here from the package's Mozilla
certificates instead, in the JKS format with every date at the epoch. Every file gets mtime 0, uid/gid 0, a mode of
0755 or 0644 and a sorted place in its layer.

Modes:
  (default, CI)  builds the layers twice, in two temporary directories under two umasks, and fails when they differ
                 (naming the entries); a difference from basis.lock is printed with the layer and entries that differ
                 (basis.inhoud lists every entry the lock's build had) and does not fail: it comes from this machine.
  --release      as the default, and a difference from basis.lock fails: the release step runs where the lock's inputs
                 are this machine's.
  --vrij         builds once and prints the lock's lines for these inputs (and writes basis.inhoud) without comparing.
"""
import base64, gzip, hashlib, io, json, os, struct, subprocess, sys, tarfile, tempfile

HIER = os.path.dirname(os.path.abspath(__file__))
MODULES = "java.se,jdk.unsupported,jdk.naming.dns,jdk.zipfs,jdk.management,jdk.crypto.cryptoki,jdk.net,jdk.jfr"
LAGEN = ("glibc", "java")
PAKKETTEN = ("libc6", "ca-certificates", "binutils")


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


def pakketbestanden(pakket, houd):
    """The package's regular files and links that `houd` keeps, each checked against the package's md5sums."""
    info_map = "/var/lib/dpkg/info"
    sommen = {}
    for naam in (pakket + ".md5sums", pakket + ":amd64.md5sums"):
        if os.path.exists(os.path.join(info_map, naam)):
            for regel in open(os.path.join(info_map, naam)):
                som, pad = regel.rstrip("\n").split("  ", 1)
                sommen["/" + pad] = som
    uit = []
    for p in subprocess.check_output(["dpkg-query", "-L", pakket], text=True).splitlines():
        if not p or not houd(p) or not os.path.lexists(p) or os.path.isdir(p):
            continue  # directories (and links to them, /lib on a merged /usr) come from the paths of their files
        if not os.path.islink(p) and p in sommen:
            with open(p, "rb") as f:
                if hashlib.md5(f.read()).hexdigest() != sommen[p]:
                    sys.exit(f"{p} differs from what package {pakket} installed (dpkg md5sums): refusing to build")
        uit.append(p)
    return sorted(uit)


def jks(certificaten):
    """A JKS trust store (the format of Debian's own cacerts) with every entry dated at the epoch; password changeit."""
    data = struct.pack(">III", 0xFEEDFEED, 2, len(certificaten))
    for alias, der in sorted(certificaten.items()):
        a = alias.encode()
        data += struct.pack(">IH", 2, len(a)) + a + struct.pack(">qH", 0, 5) + b"X.509" + struct.pack(">I", len(der)) + der
    sleutel = "changeit".encode("utf-16-be") + b"Mighty Aphrodite"
    return data + hashlib.sha1(sleutel + data).digest()


def mozilla_cacerts():
    certificaten = {}
    for p in pakketbestanden("ca-certificates", lambda p: p.startswith("/usr/share/ca-certificates/mozilla/")):
        pem = open(p).read()
        b64 = pem.split("-----BEGIN CERTIFICATE-----")[1].split("-----END CERTIFICATE-----")[0]
        certificaten["debian:" + os.path.basename(p)[:-4].lower() + ".pem"] = base64.b64decode(b64)
    return jks(certificaten)


def info(naam, soort, grootte=0, modus=0o644, doel=None):
    t = tarfile.TarInfo(naam)
    t.type, t.size, t.mode, t.mtime, t.uid, t.gid, t.uname, t.gname = soort, grootte, modus, 0, 0, 0, "", ""
    if doel is not None:
        t.linkname = doel
    return t


def laag(bestanden):
    """bestanden: sorted list of (path in image, source): a host path, bytes, or ("dir", mode)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for naam, bron in bestanden:
            if isinstance(bron, bytes):
                tar.addfile(info(naam, tarfile.REGTYPE, len(bron), 0o644), io.BytesIO(bron))
            elif isinstance(bron, tuple):
                tar.addfile(info(naam, tarfile.DIRTYPE, 0, bron[1]))
            elif os.path.islink(bron):
                tar.addfile(info(naam, tarfile.SYMTYPE, 0, 0o777, os.readlink(bron)))
            elif os.path.isdir(bron):
                tar.addfile(info(naam, tarfile.DIRTYPE, 0, 0o755))
            else:
                modus = 0o755 if os.stat(bron).st_mode & 0o111 else 0o644
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


def glibc_laag():
    houd = lambda p: not p.startswith("/usr/share/doc") and not p.startswith("/usr/share/lintian")
    namen, uit = set(), []
    for p in pakketbestanden("libc6", houd):
        delen = p.strip("/").split("/")
        for i in range(1, len(delen)):
            d = "/".join(delen[:i])
            if d not in namen:
                namen.add(d)
                uit.append((d, ("dir", 0o755)))
        uit.append((p.strip("/"), p))
    for d, modus in (("etc", 0o755), ("tmp", 0o1777), ("home", 0o755), ("home/thv", 0o755)):
        if d not in namen:
            namen.add(d)
            uit.append((d, ("dir", modus)))
    uit.append(("etc/passwd", b"root:x:0:0:root:/root:/sbin/nologin\nthv:x:185:185:THV-hub:/home/thv:/sbin/nologin\n"))
    uit.append(("etc/group", b"root:x:0:\nthv:x:185:\n"))
    uit.append(("etc/nsswitch.conf", b"passwd: files\ngroup: files\nhosts: files dns\n"))
    return laag(sorted(uit, key=lambda e: e[0]))


def java_laag(java_home, werkmap, cacerts):
    jre = os.path.join(werkmap, "java")
    subprocess.check_call([os.path.join(java_home, "bin", "jlink"), "--add-modules", MODULES, "--strip-debug",
                           "--no-header-files", "--no-man-pages", "--output", jre])
    eigen = os.path.join(jre, "lib", "security", "cacerts")
    os.remove(eigen)  # jlink copied the machine's trust store through the JDK's link to it
    with open(eigen, "wb") as f:
        f.write(cacerts)
    return laag([("opt", ("dir", 0o755))] + boom(jre, "opt/java"))


def bouw(java_home, umask, cacerts):
    """The two layers, built in a fresh temporary directory under the given umask."""
    oud = os.umask(umask)
    try:
        with tempfile.TemporaryDirectory(prefix=f"thv-basis-{umask:03o}-") as tmp:
            return [glibc_laag(), java_laag(java_home, tmp, cacerts)]
    finally:
        os.umask(oud)


def inhoud(lagen):
    """One line per entry: layer, path, type, mode, size, and the content's sha256 or the link's target."""
    regels = []
    for naam, l in zip(LAGEN, lagen):
        with tarfile.open(fileobj=io.BytesIO(l)) as tar:
            for m in tar.getmembers():
                wat = m.linkname if m.issym() else hashlib.sha256(tar.extractfile(m).read()).hexdigest() if m.isfile() else "-"
                regels.append(f"{naam}\t{m.name}\t{m.type.decode()}\t{m.mode:o}\t{m.size}\t{wat}")
    return regels


def verschil(a, b, label_a, label_b, max_regels=20):
    sa, sb = set(a), set(b)
    weg, bij = [r for r in a if r not in sb], [r for r in b if r not in sa]
    for r in weg[:max_regels]:
        print(f"  {label_a}: {r}", file=sys.stderr)
    for r in bij[:max_regels]:
        print(f"  {label_b}: {r}", file=sys.stderr)
    if len(weg) + len(bij) > 2 * max_regels:
        print(f"  … {len(weg)} and {len(bij)} entries differ in all", file=sys.stderr)


def image_tar(doel, lagen, libc, java):
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
            laagnamen.append(d.split(":")[1] + "/layer.tar")
            voeg(laagnamen[-1], l)
        voeg(image_id.split(":")[1] + ".json", config_json)
        voeg("manifest.json", json.dumps([{"Config": image_id.split(":")[1] + ".json",
                                           "RepoTags": ["thv-hub-basis:lokaal"], "Layers": laagnamen}]).encode())
    open(doel + ".id", "w").write(image_id + "\n")
    return image_id, diff_ids


def main():
    vrij, release = "--vrij" in sys.argv, "--release" in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    doel = args[0] if args else "target/basis/thv-basis.tar"
    java_home = os.environ.get("JAVA_HOME") or sys.exit("JAVA_HOME must point to a JDK >= 21")
    lock = lees_lock()
    invoer = {p: dpkg_versie(p) for p in PAKKETTEN}
    invoer["java"] = java_versie(java_home)
    cacerts = mozilla_cacerts()
    lagen = bouw(java_home, 0o022, cacerts)
    if not vrij:
        tweede = bouw(java_home, 0o077, cacerts)
        if tweede != lagen:
            print("base image NOT reproducible: two builds on this machine (umask 022 and 077, two directories) differ:",
                  file=sys.stderr)
            verschil(inhoud(lagen), inhoud(tweede), "first ", "second")
            sys.exit(1)
        print("base image reproducible on this machine: two builds (umask 022 and 077, two directories) are identical")
    image_id, diff_ids = image_tar(doel, lagen, invoer["libc6"], invoer["java"])
    regels = inhoud(lagen)
    mb = sum(len(l) for l in lagen) // (1024 * 1024)
    if vrij:
        open(os.path.join(HIER, "basis.inhoud"), "w").write("\n".join(regels) + "\n")
        print("lock lines for these inputs (basis.inhoud written):")
        for k in (*PAKKETTEN, "java"):
            print(f"{k}={invoer[k]}")
        for naam, d in zip(LAGEN, diff_ids):
            print(f"laag.{naam}={d}")
        print(f"image={image_id}")
        return
    afwijkend = [f"{k} {invoer[k]} (lock {lock.get(k)})" for k in (*PAKKETTEN, "java") if invoer[k] != lock.get(k)]
    afwijkend += [f"layer {n} {d} (lock {lock.get('laag.' + n)})" for n, d in zip(LAGEN, diff_ids) if d != lock.get("laag." + n)]
    if image_id != lock["image"] or afwijkend:
        print(f"base image {image_id} differs from deploy/image/basis.lock ({lock['image']}):", file=sys.stderr)
        for a in afwijkend:
            print("  " + a, file=sys.stderr)
        vastgelegd = open(os.path.join(HIER, "basis.inhoud")).read().splitlines()
        verschil(vastgelegd, regels, "lock's build", "this build  ")
        if release:
            sys.exit("the release step builds where the lock's inputs are this machine's: fix the difference or "
                     "update basis.lock and basis.inhoud deliberately (--vrij prints them)")
        print("(not a failure here: the difference comes from this machine's inputs; the release step fails on it)",
              file=sys.stderr)
    else:
        print("base image matches deploy/image/basis.lock")
    print(f"{doel}: {image_id} (glibc {invoer['libc6']}, Java {invoer['java']}, {mb} MiB)")


main()
