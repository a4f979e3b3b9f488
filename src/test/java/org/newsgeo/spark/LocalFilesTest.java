package org.newsgeo.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void modeBitsBecomeJavaPermissions() {
        assertEquals("rw-r--r--", PosixFilePermissions.toString(LocalFiles.posix(0644)));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(LocalFiles.posix(0750)));
        assertEquals("---------", PosixFilePermissions.toString(LocalFiles.posix(0)));
    }

    @Test
    void hadoopWritesThroughItWithTheAskedPermissionsAndChecksums() throws Exception {
        Configuration conf = new Configuration(false);
        conf.set("fs.file.impl", LocalFiles.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        FileSystem fs = FileSystem.get(dir.toUri(), conf);
        assertTrue(fs instanceof LocalFiles);
        Path file = new Path(dir.resolve("part-0.parquet").toUri());
        try (var out = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
            out.write("rows".getBytes());
        }
        fs.setPermission(file, new FsPermission((short) 0600));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("part-0.parquet"))));
        assertTrue(Files.exists(dir.resolve(".part-0.parquet.crc")), "Hadoop's checksum file is still written");
        assertEquals("rows", new String(fs.open(file).readAllBytes()));
    }
}
