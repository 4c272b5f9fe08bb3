/**
 * The optional S3-compatible backup target: uploads a finished backup (parts, then the manifest
 * last) and downloads one into a local directory for the existing verify and restore code. Plain
 * Java over the AWS SDK v2 S3 client; never Spring.
 */
package io.finnexus.batch.backup.s3;
